package org.w3id.cailloux.vocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Validates many records with one SHACL run over their union (one per chunk, a chunk per core), and
 * gives each record exactly the outcome it would get validated alone. The union shares the work of
 * each run (finding targets, building reports) and, cut in chunks, lets a bulk import use every core.
 *
 * <p>Why the union gives the same answer: targets only grow with more data, so every focus node of
 * a record is also one in the union. A record's outcome can differ only if the union holds triples
 * about a node its validation reads that the record lacks: its subjects, and the objects of the
 * predicates the shapes look through ({@link ShapeReach}). Such a record, and every record that
 * mentions a focus node the union reports, is validated alone; the others conform.
 */
final class UnionValidator {

    /** Below this many records a chunk is not worth a thread of its own. */
    static final int MIN_CHUNK = 100;

    private final Shapes shapes;
    private final Graph vocabulary;
    private final Function<Graph, Validation> alone;
    private final ShapeReach reach;
    private final boolean vocabularyHasFocusNodes;

    UnionValidator(Shapes shapes, Graph vocabulary, Function<Graph, Validation> alone) {
        this.shapes = shapes;
        this.vocabulary = vocabulary;
        this.alone = alone;
        this.reach = ShapeReach.of(shapes.getGraph());
        this.vocabularyHasFocusNodes = shapes.getTargetShapes().stream()
                .anyMatch(shape -> !VLib.focusNodes(vocabulary, shape).isEmpty());
    }

    /** The validation of each record, in order, as {@code alone} would give it. */
    List<Validation> validate(List<Graph> records) {
        int chunks = Math.min(Runtime.getRuntime().availableProcessors(), records.size() / MIN_CHUNK);
        if (chunks < 2) {
            return validateChunk(records);
        }
        // Each chunk is judged by its own union, which the reasoning above allows: the cores share the work
        List<List<Graph>> parts = new ArrayList<>(chunks);
        for (int i = 0; i < chunks; i++) {
            parts.add(records.subList(i * records.size() / chunks, (i + 1) * records.size() / chunks));
        }
        return parts.parallelStream().map(this::validateChunk).flatMap(List::stream).toList();
    }

    private List<Validation> validateChunk(List<Graph> records) {
        if (records.size() < 2 || !reach.unionSafe() || vocabularyHasFocusNodes) {
            return eachAlone(records);
        }
        Graph union = GraphFactory.createDefaultGraph();
        records.forEach(record -> record.find().forEachRemaining(union::add));
        Set<Node> reported = new HashSet<>();
        ShaclValidator.get().validate(shapes, new Union(union, vocabulary)).getEntries()
                .forEach(entry -> reported.add(entry.focusNode()));
        for (Node focus : reported) {
            if (!union.contains(focus, Node.ANY, Node.ANY) && !union.contains(Node.ANY, Node.ANY, focus)) {
                return eachAlone(records); // cannot be traced to a record: trust nothing
            }
        }
        List<Validation> result = new ArrayList<>(records.size());
        for (Graph record : records) {
            switch (check(record, union, reported)) {
                case CONFORMS -> result.add(Validation.CONFORMS);
                case ALONE -> result.add(alone.apply(record));
                case VOCABULARY_TOUCHED -> {
                    return eachAlone(records);
                }
            }
        }
        return result;
    }

    private List<Validation> eachAlone(List<Graph> records) {
        return records.stream().map(alone).toList();
    }

    private enum Check { CONFORMS, ALONE, VOCABULARY_TOUCHED }

    /**
     * CONFORMS when the record mentions no reported focus node and the union says nothing more than
     * the record about what its validation reads; VOCABULARY_TOUCHED when the record describes a
     * node of the vocabulary, which every other record's validation may read through it.
     */
    private Check check(Graph record, Graph union, Set<Node> reported) {
        Set<Node> seen = new HashSet<>();
        Check check = Check.CONFORMS;
        for (Triple t : record.find().toList()) {
            Node subject = t.getSubject();
            Node object = t.getObject();
            if (seen.add(subject)) {
                if (vocabulary.contains(subject, Node.ANY, Node.ANY) || vocabulary.contains(Node.ANY, Node.ANY, subject)) {
                    return Check.VOCABULARY_TOUCHED;
                }
                if (!sameTriples(subject, record, union)) {
                    check = Check.ALONE;
                }
            }
            if (!object.isLiteral() && reach.looksThrough(t.getPredicate()) && seen.add(object)
                    && !sameTriples(object, record, union)) {
                check = Check.ALONE;
            }
            if (reported.contains(subject) || reported.contains(object)) {
                check = Check.ALONE;
            }
        }
        return check;
    }

    /** True when the union says nothing more about {@code node} than the record (which is part of it) does. */
    private static boolean sameTriples(Node node, Graph record, Graph union) {
        return count(record, node) == count(union, node);
    }

    private static long count(Graph graph, Node subject) {
        ExtendedIterator<Triple> it = graph.find(subject, Node.ANY, Node.ANY);
        try {
            long n = 0;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        } finally {
            it.close();
        }
    }
}
