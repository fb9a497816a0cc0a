package org.w3id.cailloux.node.linkeddata;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Reads language-tagged text from a graph, the way the pages show it. */
final class Literals {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private Literals() {}

    /**
     * The literal of {@code subject predicate} in language {@code lang}; for French, an untagged
     * literal will do too (the sample data and older records write French without a tag). Empty if none.
     */
    static String text(Graph graph, Node subject, Node predicate, String lang) {
        return text(graph.find(subject, predicate, Node.ANY).mapWith(t -> t.getObject()).toList(), lang);
    }

    /** The one of {@code objects} in language {@code lang}, chosen as {@link #text(Graph, Node, Node, String)} does. */
    static String text(List<Node> objects, String lang) {
        String untagged = "";
        for (Node o : objects) {
            if (!o.isLiteral()) {
                continue;
            }
            String tag = o.getLiteralLanguage();
            if (tag.equalsIgnoreCase(lang) || tag.toLowerCase().startsWith(lang + "-")) {
                return o.getLiteralLexicalForm();
            }
            if (tag.isEmpty() && untagged.isEmpty()) {
                untagged = o.getLiteralLexicalForm();
            }
        }
        return lang.equals("fr") ? untagged : "";
    }

    /** Every object of {@code subject predicate}, in a stable order (IRIs and literals by their text). */
    static List<Node> objects(Graph graph, Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).mapWith(t -> t.getObject()).toList().stream()
                .sorted((a, b) -> label(a).compareTo(label(b)))
                .toList();
    }

    // Natural order, so that #means-2 comes before #means-10
    private static String label(Node n) {
        String text = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        return DIGITS.matcher(text).replaceAll(m -> "0".repeat(Math.max(0, 12 - m.group().length())) + m.group());
    }
}
