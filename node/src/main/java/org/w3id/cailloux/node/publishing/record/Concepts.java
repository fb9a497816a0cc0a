package org.w3id.cailloux.node.publishing.record;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.cailloux.vocabulary.Scheme;

/**
 * Concepts in the JSON form: a concept of the expected scheme is its slug ({@code running}); any
 * other IRI is written in full. On input a slug becomes {@code <scheme>/<slug>} whether or not the
 * scheme has it, so that SHACL validation, not the reader, says which concepts exist.
 */
final class Concepts {

    private Concepts() {}

    /** The JSON value of a concept expected in {@code scheme}. */
    static String toJson(Scheme scheme, Node concept) {
        String prefix = scheme.iri() + "/";
        if (concept.isURI() && concept.getURI().startsWith(prefix)) {
            String slug = concept.getURI().substring(prefix.length());
            if (!slug.isEmpty() && !slug.contains("/") && !slug.contains(":")) {
                return URLDecoder.decode(slug, StandardCharsets.UTF_8);
            }
        }
        return concept.getURI();
    }

    /** The concept named by a slug of {@code scheme} or by a full IRI (anything with a colon). */
    static Node fromJson(Scheme scheme, String value) {
        if (value.contains(":")) {
            return NodeFactory.createURI(value);
        }
        // A slug with spaces or accents is not a concept, but it must still make a valid IRI
        String segment = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        return NodeFactory.createURI(scheme.iri() + "/" + segment);
    }
}
