package org.w3id.cailloux.node.publishing.record;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Names the blank nodes reachable from each experiment as fragment IRIs of that experiment
 * ({@code #means-1}, {@code #effect-2}), after the property that links them; existing fragment
 * IRIs keep their names and numbers are never reused. Blank nodes have no order in a graph, so
 * siblings are numbered in the order of their content, which makes the names stable.
 */
final class BlankNodeNamer {

    private static final Map<Node, String> PREFIXES = Map.of(
            RecordTerms.NARRATIVE, "narrative",
            RecordTerms.QUALIFIED_ASSOCIATION, "association",
            RecordTerms.MEANS, "means",
            RecordTerms.EFFECT, "effect",
            RecordTerms.LESSON, "lesson",
            RecordTerms.MILESTONE, "milestone");

    private final Graph graph;
    private final Map<Node, Node> names = new HashMap<>();
    private final Map<Node, Node> originals = new HashMap<>();
    private final Map<String, Set<String>> fragmentsByDocument = new HashMap<>();
    private final Map<String, Set<Node>> subjectsByDocument = new HashMap<>();
    private final Map<Node, String> owners = new HashMap<>();
    private final List<String> errors = new ArrayList<>();

    BlankNodeNamer(Graph graph) {
        this.graph = graph;
        graph.find().forEachRemaining(t -> {
            index(t.getSubject(), true);
            index(t.getObject(), false);
        });
    }

    private void index(Node node, boolean subject) {
        if (!node.isURI() || node.getURI().indexOf('#') < 0) {
            return;
        }
        String uri = node.getURI();
        String document = uri.substring(0, uri.indexOf('#'));
        fragmentsByDocument.computeIfAbsent(document, d -> new HashSet<>()).add(uri.substring(document.length() + 1));
        if (subject) {
            subjectsByDocument.computeIfAbsent(document, d -> new HashSet<>()).add(node);
        }
    }

    /** Names the blank nodes reachable from the experiment {@code iri}. */
    void nameFrom(String iri) {
        Set<String> used = new HashSet<>(fragmentsByDocument.getOrDefault(iri, Set.of()));
        Map<String, Integer> counters = new HashMap<>();
        Deque<Node> frontier = new ArrayDeque<>(ownedSubjects(iri));
        while (!frontier.isEmpty()) {
            Node subject = frontier.removeFirst();
            List<Triple> links = graph.find(original(subject), Node.ANY, Node.ANY)
                    .filterKeep(t -> t.getObject().isBlank())
                    .toList();
            links.sort(Comparator.comparing((Triple t) -> prefix(t.getPredicate()))
                    .thenComparing(t -> content(t.getObject())));
            for (Triple link : links) {
                Node blank = link.getObject();
                String owner = owners.get(blank);
                if (owner != null) {
                    if (!owner.equals(iri)) {
                        errors.add("a blank node is shared by <" + owner + "> and <" + iri
                                + ">: give it an IRI, or describe it once in each experiment");
                    }
                    continue;
                }
                String prefix = prefix(link.getPredicate());
                String name;
                do {
                    name = prefix + "-" + counters.merge(prefix, 1, Integer::sum);
                } while (used.contains(name));
                used.add(name);
                owners.put(blank, iri);
                Node named = NodeFactory.createURI(iri + "#" + name);
                names.put(blank, named);
                originals.put(named, blank);
                frontier.addLast(named);
            }
        }
    }

    /** The graph with every named blank node replaced by its IRI; other blank nodes stay (the graph itself when none was named). */
    Graph rewrite() {
        if (names.isEmpty()) {
            return graph;
        }
        Graph out = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> out.add(Triple.create(
                names.getOrDefault(t.getSubject(), t.getSubject()),
                t.getPredicate(),
                names.getOrDefault(t.getObject(), t.getObject()))));
        return out;
    }

    /** Blank nodes shared between experiments, one message each. */
    List<String> errors() {
        return errors;
    }

    private Node original(Node node) {
        return originals.getOrDefault(node, node);
    }

    private List<Node> ownedSubjects(String iri) {
        List<Node> subjects = new ArrayList<>(subjectsByDocument.getOrDefault(iri, Set.of()));
        subjects.sort(Comparator.comparing(Node::getURI));
        subjects.add(0, NodeFactory.createURI(iri));
        return subjects;
    }

    static String prefix(Node property) {
        String known = PREFIXES.get(property);
        if (known != null) {
            return known;
        }
        String local = property.getLocalName();
        String kebab = local.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase().replaceAll("[^a-z0-9-]", "");
        return kebab.isEmpty() ? "part" : kebab;
    }

    /** The node's outgoing triples as sorted text, blank objects blanked out: a stable sort key. */
    private String content(Node blank) {
        return graph.find(blank, Node.ANY, Node.ANY).toList().stream()
                .map(t -> NodeFmtLib.strNT(t.getPredicate()) + " "
                        + (t.getObject().isBlank() ? "[]" : NodeFmtLib.strNT(t.getObject())))
                .sorted()
                .collect(Collectors.joining(" ; "));
    }
}
