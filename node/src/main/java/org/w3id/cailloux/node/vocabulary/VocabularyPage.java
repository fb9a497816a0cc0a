package org.w3id.cailloux.node.vocabulary;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.vocabulary.ADMS;
import org.w3id.cailloux.vocabulary.Scheme;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/**
 * What the vocabulary's pages show of the vocabulary in force: each scheme and its concepts in hierarchical order, in
 * French and English, deprecated concepts with their replacements and candidate concepts marked as such.
 */
@Singleton
public class VocabularyPage {

    /** The {@code adms:status} of a concept proposed to the hub and not yet released: usable, marked as a candidate. */
    public static final String CANDIDATE = "http://purl.org/adms/status/UnderDevelopment";

    /** One concept, indented by its depth in the hierarchy. */
    public record ConceptRow(String iri, String slug, int depth, String notation, String labelFr, String labelEn,
                             String definitionFr, String definitionEn, boolean deprecated, List<String> replacedBy,
                             boolean candidate) {}

    /** One scheme with its concepts in hierarchical order. */
    public record SchemeSection(String iri, String slug, String labelFr, String labelEn, String definitionFr,
                                String definitionEn, List<ConceptRow> concepts) {}

    private record Contents(String version, List<SchemeSection> schemes) {}

    private final Supplier<Contents> contents;

    VocabularyPage(LiveVocabulary vocabulary) {
        this.contents = vocabulary.derive(VocabularyPage::read);
    }

    /** The schemes: those of {@link Scheme} in its order, then any other by IRI. */
    public List<SchemeSection> schemes() {
        return contents.get().schemes();
    }

    /** The scheme with this slug, e.g. {@code themes}. */
    public Optional<SchemeSection> scheme(String slug) {
        return schemes().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** The concept with this IRI, in whichever scheme. */
    public Optional<ConceptRow> concept(String iri) {
        return schemes().stream().flatMap(s -> s.concepts().stream()).filter(c -> c.iri().equals(iri)).findFirst();
    }

    /** The vocabulary's version. */
    public String version() {
        return contents.get().version();
    }

    private static Contents read(TransitionVocabulary vocabulary) {
        Model model = vocabulary.model();
        List<Resource> schemes = new ArrayList<>(model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList());
        List<String> known = java.util.Arrays.stream(Scheme.values()).map(Scheme::iri).toList();
        schemes.sort(Comparator.comparing((Resource s) -> known.contains(s.getURI()) ? known.indexOf(s.getURI()) : known.size())
                .thenComparing(Resource::getURI));
        List<SchemeSection> sections = new ArrayList<>();
        for (Resource s : schemes) {
            if (!s.isURIResource()) {
                continue;
            }
            List<ConceptRow> rows = new ArrayList<>();
            Set<Resource> seen = new HashSet<>();
            List<Resource> tops = new ArrayList<>(s.listProperties(SKOS.hasTopConcept).mapWith(Statement::getResource).toList());
            model.listSubjectsWithProperty(SKOS.topConceptOf, s).forEachRemaining(t -> {
                if (!tops.contains(t)) {
                    tops.add(t);
                }
            });
            for (Resource top : sorted(tops)) {
                addConcept(rows, seen, top, 0);
            }
            // Concepts of the scheme outside its hierarchy (a candidate without a place yet) are listed last, not hidden
            for (Resource c : sorted(model.listSubjectsWithProperty(SKOS.inScheme, s).toList())) {
                if (!seen.contains(c)) {
                    addConcept(rows, seen, c, 0);
                }
            }
            String uri = s.getURI();
            sections.add(new SchemeSection(uri, uri.substring(uri.lastIndexOf('/') + 1), text(s, SKOS.prefLabel, "fr"),
                    text(s, SKOS.prefLabel, "en"), text(s, SKOS.definition, "fr"), text(s, SKOS.definition, "en"), List.copyOf(rows)));
        }
        return new Contents(vocabulary.version(), List.copyOf(sections));
    }

    private static void addConcept(List<ConceptRow> rows, Set<Resource> seen, Resource concept, int depth) {
        if (!concept.isURIResource() || !seen.add(concept)) {
            return;
        }
        String uri = concept.getURI();
        List<String> replacedBy = concept.listProperties(DCTerms.isReplacedBy).mapWith(Statement::getObject)
                .filterKeep(RDFNode::isURIResource).mapWith(n -> n.asResource().getURI()).toList().stream().sorted().toList();
        rows.add(new ConceptRow(uri, uri.substring(uri.lastIndexOf('/') + 1), depth,
                concept.hasProperty(SKOS.notation) ? concept.getProperty(SKOS.notation).getString() : null,
                text(concept, SKOS.prefLabel, "fr"), text(concept, SKOS.prefLabel, "en"),
                text(concept, SKOS.definition, "fr"), text(concept, SKOS.definition, "en"),
                concept.hasLiteral(OWL.deprecated, true), replacedBy,
                concept.hasProperty(ADMS.status, concept.getModel().createResource(CANDIDATE))));
        List<Resource> children = new ArrayList<>(concept.listProperties(SKOS.narrower).mapWith(Statement::getResource).toList());
        concept.getModel().listSubjectsWithProperty(SKOS.broader, concept).forEachRemaining(c -> {
            if (!children.contains(c)) {
                children.add(c);
            }
        });
        for (Resource child : sorted(children)) {
            addConcept(rows, seen, child, depth + 1);
        }
    }

    private static List<Resource> sorted(List<Resource> resources) {
        return resources.stream().filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private static String text(Resource r, Property p, String lang) {
        Statement s = r.getProperty(p, lang);
        return s == null ? "" : s.getString();
    }
}
