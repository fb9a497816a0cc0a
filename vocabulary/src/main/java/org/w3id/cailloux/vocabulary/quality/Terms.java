package org.w3id.cailloux.vocabulary.quality;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** What the Java checks share: the SKOS nodes they read, and how they name nodes and literals in a detail. */
final class Terms {

    static final Node TYPE = RDF.type.asNode();
    static final Node IN_SCHEME = SKOS.inScheme.asNode();
    static final Node HAS_TOP_CONCEPT = SKOS.hasTopConcept.asNode();
    static final Node TOP_CONCEPT_OF = SKOS.topConceptOf.asNode();
    static final Node BROADER = SKOS.broader.asNode();
    static final Node NARROWER = SKOS.narrower.asNode();
    static final Node RELATED = SKOS.related.asNode();
    static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    static final Node ALT_LABEL = SKOS.altLabel.asNode();
    static final Node HIDDEN_LABEL = SKOS.hiddenLabel.asNode();
    static final List<Node> LABELS = List.of(PREF_LABEL, ALT_LABEL, HIDDEN_LABEL);

    /** Nodes in the order of their focus string, so that every loop over a set runs the same way. */
    static final Comparator<Node> ORDER = Comparator.comparing(Terms::focus);

    private static final Map<String, String> PREFIXES = Map.of(
            "skos", SKOS.uri, "rdf", RDF.uri, "rdfs", RDFS.uri, "owl", OWL.NS, "dct", DCTerms.NS, "sh", SHACL.getURI());
    private static final int MAX_LITERAL = 80;
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private Terms() {
    }

    /** The string a finding names a node by: the IRI itself, else Jena's form (e.g. {@code _:b0}). */
    static String focus(Node node) {
        return node.isURI() ? node.getURI() : node.toString();
    }

    /** A node as a detail names it: an IRI in angle brackets. */
    static String ref(Node node) {
        return node.isURI() ? "<" + node.getURI() + ">" : node.toString();
    }

    /** A term of a well-known namespace by its prefixed name, e.g. {@code skos:broader}; any other in angle brackets. */
    static String name(Node term) {
        if (term.isURI()) {
            for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
                if (term.getURI().startsWith(prefix.getValue())) {
                    return prefix.getKey() + ":" + term.getURI().substring(prefix.getValue().length());
                }
            }
        }
        return ref(term);
    }

    /** A literal as a detail quotes it, e.g. {@code "eau"@fr}: cut after 80 characters, unprintable characters escaped. */
    static String literal(Node literal) {
        String text = literal.getLiteralLexicalForm();
        StringBuilder out = new StringBuilder("\"");
        int count = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            if (count++ == MAX_LITERAL) {
                out.append('…');
                break;
            }
            int c = text.codePointAt(i);
            if (UnprintableCharactersCheck.isUnprintable(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        }
        out.append('"');
        String lang = literal.getLiteralLanguage();
        return lang.isEmpty() ? out.toString() : out + "@" + lang;
    }

    /** A label's text with case and white space folded, so that "Eau  douce" and "eau douce" compare equal. */
    static String fold(String label) {
        return SPACES.matcher(label).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the node is {@code owl:deprecated true}. */
    static boolean isDeprecated(Graph graph, Node node) {
        for (Node value : G.listSP(graph, node, OWL.deprecated.asNode())) {
            if (value.isLiteral() && XSDDatatype.XSDboolean.equals(value.getLiteralDatatype())) {
                String lexical = value.getLiteralLexicalForm().strip();
                if (lexical.equals("true") || lexical.equals("1")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A new, empty set of nodes in {@link #ORDER}. */
    static Set<Node> sortedSet() {
        return new TreeSet<>(ORDER);
    }

    /** The subjects of {@code predicate object} triples, in order. */
    static Set<Node> subjects(Graph graph, Node predicate, Node object) {
        Set<Node> subjects = sortedSet();
        graph.find(Node.ANY, predicate, object).forEachRemaining(t -> subjects.add(t.getSubject()));
        return subjects;
    }
}
