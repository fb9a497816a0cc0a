package org.w3id.cailloux.node.vocabulary;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.vocabulary.Scheme;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/** What the vocabulary's HTML page shows: each scheme and its concepts, in French and English. */
@Singleton
public class VocabularyPage {

    /** One concept, indented by its depth in the hierarchy. */
    public record ConceptRow(String iri, String slug, int depth, String notation, String labelFr, String labelEn,
                             String definitionFr, String definitionEn) {}

    /** One scheme with its concepts in hierarchical order. */
    public record SchemeSection(String iri, String slug, String labelFr, String labelEn, String definitionFr,
                                String definitionEn, List<ConceptRow> concepts) {}

    private final List<SchemeSection> schemes;
    private final String version;

    VocabularyPage(TransitionVocabulary vocabulary) {
        Model model = vocabulary.model();
        List<SchemeSection> sections = new ArrayList<>();
        for (Scheme scheme : Scheme.values()) {
            Resource s = model.getResource(scheme.iri());
            List<ConceptRow> rows = new ArrayList<>();
            for (Resource top : sorted(s.listProperties(SKOS.hasTopConcept).mapWith(Statement::getResource).toList())) {
                addConcept(rows, top, 0);
            }
            sections.add(new SchemeSection(scheme.iri(), scheme.slug(), text(s, SKOS.prefLabel, "fr"),
                    text(s, SKOS.prefLabel, "en"), text(s, SKOS.definition, "fr"), text(s, SKOS.definition, "en"), rows));
        }
        this.schemes = List.copyOf(sections);
        this.version = vocabulary.version();
    }

    /** The schemes, in the order of {@link Scheme}. */
    public List<SchemeSection> schemes() {
        return schemes;
    }

    /** The vocabulary's version. */
    public String version() {
        return version;
    }

    private static void addConcept(List<ConceptRow> rows, Resource concept, int depth) {
        String uri = concept.getURI();
        rows.add(new ConceptRow(uri, uri.substring(uri.lastIndexOf('/') + 1), depth,
                concept.hasProperty(SKOS.notation) ? concept.getProperty(SKOS.notation).getString() : null,
                text(concept, SKOS.prefLabel, "fr"), text(concept, SKOS.prefLabel, "en"),
                text(concept, SKOS.definition, "fr"), text(concept, SKOS.definition, "en")));
        for (Resource child : sorted(concept.listProperties(SKOS.narrower).mapWith(Statement::getResource).toList())) {
            addConcept(rows, child, depth + 1);
        }
    }

    private static List<Resource> sorted(List<Resource> resources) {
        return resources.stream().sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private static String text(Resource r, org.apache.jena.rdf.model.Property p, String lang) {
        Statement s = r.getProperty(p, lang);
        return s == null ? "" : s.getString();
    }
}
