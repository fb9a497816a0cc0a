package org.w3id.cailloux.node.publishing.record;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * One experiment's self-contained graph: every triple about the experiment IRI or one of its
 * fragment IRIs ({@code <iri>#...}), plus the type and name of each agent it refers to.
 *
 * @param slug  the last segment of the experiment's IRI, e.g. {@code la-manne}
 * @param iri   {@code <base>experiments/<slug>}
 * @param graph the triples of the record; callers treat it as read-only
 */
public record ExperimentRecord(String slug, String iri, Graph graph) {

    /** What a slug looks like: lowercase letters, digits and hyphens, 1 to 100 characters. */
    public static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{0,99}$");

    /** The path, under the node's base URI, of every experiment IRI. */
    public static final String PATH = "experiments/";

    public ExperimentRecord {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(graph, "graph");
    }

    /** The IRI of the experiment {@code slug} on the node whose base URI (ending in a slash) is given. */
    public static String iri(String baseUri, String slug) {
        return experimentsBase(baseUri) + slug;
    }

    /** {@code <base>experiments/}, under which every experiment of the node is named. */
    public static String experimentsBase(String baseUri) {
        return (baseUri.endsWith("/") ? baseUri : baseUri + "/") + PATH;
    }

    /** True when {@code slug} can name an experiment. */
    public static boolean isValidSlug(String slug) {
        return slug != null && SLUG.matcher(slug).matches();
    }

    /** The message given for an invalid slug. */
    static String invalidSlugMessage(String slug) {
        return "slug '" + slug + "' is not valid: lowercase letters, digits and hyphens"
                + " (1 to 100, not starting with a hyphen), e.g. 'la-manne'";
    }

    /** The experiment IRI as a node. */
    public Node node() {
        return NodeFactory.createURI(iri);
    }

    /** The IRI of one of the experiment's parts, e.g. {@code fragment("means-1")}. */
    public String fragment(String name) {
        return iri + "#" + name;
    }

    /** The slug and the number of triples; the graph itself would be too long to log. */
    @Override
    public String toString() {
        return "ExperimentRecord[" + slug + ", " + graph.size() + " triples]";
    }

    /** True when both records hold the same triples (up to blank node labels). */
    public boolean sameTriplesAs(Graph other) {
        return graph.isIsomorphicWith(other);
    }
}
