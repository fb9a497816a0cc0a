package org.w3id.cailloux.vocabulary;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Writes the Markdown reference of every term and concept ({@code docs/vocabulary.md}) from the vocabulary itself. */
public final class ReferenceDocument {

    private final Model model;

    /** A reference of this vocabulary. */
    public ReferenceDocument(TransitionVocabulary vocabulary) {
        this.model = vocabulary.model();
    }

    /** The whole reference as Markdown. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Vocabulary reference\n\n")
          .append("<!-- Generated from vocabulary/src/main/resources by ReferenceDocument; a test fails when it is stale.\n")
          .append("     Regenerate: mvn -pl vocabulary -am test -Dtest=ReferenceDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -Dcailloux.writeDocs=true -->\n\n")
          .append("Version ").append(TransitionVocabulary.VERSION).append(". Terms under `").append(CX.NS)
          .append("`, concept schemes under `").append(Scheme.NS).append("`. ")
          .append("How they fit together: [vocabulary-model.md](vocabulary-model.md).\n\n");
        md.append("## Classes\n\n| term | fr | en | sub-class of | comment (en) |\n|---|---|---|---|---|\n");
        for (Resource term : terms(OWL2.Class)) {
            md.append(row(term, RDFS.subClassOf));
        }
        md.append("\n## Properties\n\n| term | fr | en | domain → range | sub-property of | comment (en) |\n|---|---|---|---|---|---|\n");
        for (Resource term : properties()) {
            md.append("| `cx:").append(term.getLocalName()).append("` | ")
              .append(text(term, RDFS.label, "fr")).append(" | ").append(text(term, RDFS.label, "en")).append(" | ")
              .append(curie(term.getPropertyResourceValue(RDFS.domain))).append(" → ")
              .append(curie(term.getPropertyResourceValue(RDFS.range))).append(" | ")
              .append(curie(term.getPropertyResourceValue(RDFS.subPropertyOf))).append(" | ")
              .append(text(term, RDFS.comment, "en")).append(" |\n");
        }
        for (Scheme scheme : Scheme.values()) {
            Resource s = model.getResource(scheme.iri());
            md.append("\n## ").append(text(s, SKOS.prefLabel, "en")).append(" — ").append(text(s, SKOS.prefLabel, "fr"))
              .append("\n\n`").append(scheme.iri()).append("`\n\n").append(text(s, SKOS.definition, "en")).append("\n\n")
              .append("| concept | fr | en | definition (en) |\n|---|---|---|---|\n");
            for (Resource top : sorted(s.listProperties(SKOS.hasTopConcept).mapWith(Statement::getResource).toList())) {
                concept(md, top, 0);
            }
        }
        return md.toString();
    }

    private void concept(StringBuilder md, Resource concept, int depth) {
        String notation = concept.hasProperty(SKOS.notation) ? concept.getProperty(SKOS.notation).getString() + ". " : "";
        md.append("| ").append("&nbsp;&nbsp;".repeat(depth * 2)).append(notation).append('`')
          .append(concept.getURI().substring(concept.getURI().lastIndexOf('/') + 1)).append("` | ")
          .append(text(concept, SKOS.prefLabel, "fr")).append(" | ").append(text(concept, SKOS.prefLabel, "en")).append(" | ")
          .append(text(concept, SKOS.definition, "en")).append(" |\n");
        List<Resource> narrower = concept.listProperties(SKOS.narrower).mapWith(Statement::getResource).toList();
        for (Resource child : sorted(narrower)) {
            concept(md, child, depth + 1);
        }
    }

    private String row(Resource term, Property parent) {
        String parents = term.listProperties(parent).mapWith(Statement::getObject).toList().stream()
                .map(n -> curie(n.asResource())).sorted().collect(Collectors.joining(", "));
        return "| `cx:" + term.getLocalName() + "` | " + text(term, RDFS.label, "fr") + " | " + text(term, RDFS.label, "en")
                + " | " + parents + " | " + text(term, RDFS.comment, "en") + " |\n";
    }

    private List<Resource> terms(Resource type) {
        return sorted(model.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(CX.NS)).toList());
    }

    private List<Resource> properties() {
        return sorted(List.of(OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty).stream()
                .flatMap(t -> terms(t).stream()).distinct().toList());
    }

    private static List<Resource> sorted(List<Resource> resources) {
        return resources.stream().sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private static String text(Resource r, Property p, String lang) {
        Statement s = r.getProperty(p, lang);
        return s == null ? "" : s.getString().replace("|", "\\|").replace("\n", " ");
    }

    private static String curie(RDFNode node) {
        if (node == null || !node.isURIResource()) {
            return "";
        }
        String iri = node.asResource().getURI();
        String prefix = node.getModel() == null ? null : node.getModel().qnameFor(iri);
        return "`" + (prefix != null ? prefix : iri) + "`";
    }
}
