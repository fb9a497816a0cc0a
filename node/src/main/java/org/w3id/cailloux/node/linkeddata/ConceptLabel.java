package org.w3id.cailloux.node.linkeddata;

/** A concept of the vocabulary with its French and English labels (empty when the vocabulary has none). */
public record ConceptLabel(String iri, String fr, String en) {

    /** The label for an IRI the vocabulary does not know: its last segment, in both languages. */
    public static ConceptLabel unknown(String iri) {
        String slug = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        return new ConceptLabel(iri, slug, slug);
    }
}
