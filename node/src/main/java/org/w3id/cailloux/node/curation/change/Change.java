package org.w3id.cailloux.node.curation.change;

import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.w3id.cailloux.node.vocabulary.SemanticVersion;

/**
 * One typed change to the vocabulary, as a city or a coordinator proposes it: applied to a vocabulary graph it states
 * the triples the change means, both directions of every SKOS relation included.
 */
public sealed interface Change permits NewConcept, ChangeTexts, Move, Relation, Deprecate, Merge, NewScheme {

    /** The kind, as written in JSON: {@code new-concept}, {@code deprecate}… */
    String kind();

    /** Applies the change to {@code vocabulary}, in place. */
    void apply(Graph vocabulary);

    /** The concepts or schemes whose own description the change rewrites (two changes to one of them conflict). */
    Set<String> subjects();

    /** The concepts the change points to without rewriting them (replacements, new broader or related concepts). */
    Set<String> references();

    /** The concepts the change deprecates: data using them will have to move. */
    default Set<String> retired() {
        return Set.of();
    }

    /** The IRI this change mints (a new concept or scheme), or null. */
    default String minted() {
        return null;
    }

    /** The least step of the version number a release with this change takes. */
    SemanticVersion.Bump bump();

    /** A short title for people, in French or English. */
    String title(String language, Labels labels);

    /** The change as its JSON form, the one {@link ChangeReader} reads. */
    Map<String, Object> toJson();

    /** Labels of concepts, to name them in titles. */
    @FunctionalInterface
    interface Labels {
        /** The label of {@code iri} in {@code language}, or its last segment. */
        String of(String iri, String language);
    }
}
