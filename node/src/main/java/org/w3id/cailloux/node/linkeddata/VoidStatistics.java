package org.w3id.cailloux.node.linkeddata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.node.index.QueryIndex;

/**
 * The statistics a VoID description gives, over the published graphs: every named graph but the
 * vocabulary's, taken as their union (a triple in two graphs, such as an agent's name, counts once).
 * Run it inside a read transaction on the index.
 */
record VoidStatistics(long triples, long entities, long distinctSubjects, long distinctObjects,
                      Map<String, Long> classes, List<PropertyStatistics> properties, Set<String> concepts) {

    /** One property: its triples, distinct subjects and objects, and the concepts among its objects. */
    record PropertyStatistics(String property, long triples, long distinctSubjects, long distinctObjects,
                              Set<String> concepts) {}

    /**
     * The statistics of the published graphs of {@code dataset}; entities are the IRI subjects under
     * {@code uriSpace}. One pass over the union of the named graphs (distinct triples, read from the index
     * as they are stored) instead of a SPARQL query per figure: five DISTINCT queries took about 1 s per
     * thousand experiments, and the description is made anew after every change. Distinct terms are
     * counted by 64-bit fingerprints, sorted: exact unless two of a node's terms collide (about one chance
     * in 10<sup>7</sup> with a million terms), and without a set of terms in memory.
     */
    static VoidStatistics of(DatasetGraph dataset, String uriSpace) {
        Set<Triple> vocabulary = new HashSet<>();
        dataset.getGraph(QueryIndex.VOCABULARY_GRAPH).find().forEachRemaining(vocabulary::add);
        Set<Node> vocabularyConcepts = new HashSet<>();
        vocabulary.forEach(t -> {
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().equals(SKOS.Concept.asNode())) {
                vocabularyConcepts.add(t.getSubject());
            }
        });
        long triples = 0;
        Fingerprints subjects = new Fingerprints();
        Fingerprints objects = new Fingerprints();
        Fingerprints entities = new Fingerprints();
        Map<String, Long> classes = new TreeMap<>();
        Map<String, PropertyCounts> properties = new TreeMap<>();
        Iterator<Quad> union = dataset.find(Quad.unionGraph, Node.ANY, Node.ANY, Node.ANY);
        while (union.hasNext()) {
            Triple t = union.next().asTriple();
            if (vocabulary.contains(t) && !published(dataset, t)) {
                continue;
            }
            triples++;
            Node s = t.getSubject();
            Node o = t.getObject();
            long subject = Fingerprints.of(s);
            long object = Fingerprints.of(o);
            subjects.add(subject);
            objects.add(object);
            if (s.isURI() && s.getURI().startsWith(uriSpace)) {
                entities.add(subject);
            }
            if (t.getPredicate().equals(RDF.type.asNode()) && o.isURI()) {
                classes.merge(o.getURI(), 1L, Long::sum); // the union's triples are distinct: one per subject and class
            }
            PropertyCounts counts = properties.computeIfAbsent(t.getPredicate().getURI(), p -> new PropertyCounts());
            counts.triples++;
            counts.subjects.add(subject);
            counts.objects.add(object);
            if (vocabularyConcepts.contains(o)) {
                counts.concepts.add(o.getURI());
            }
        }
        List<PropertyStatistics> byProperty = new ArrayList<>();
        Set<String> concepts = new TreeSet<>();
        properties.forEach((property, counts) -> {
            byProperty.add(new PropertyStatistics(property, counts.triples, counts.subjects.distinct(),
                    counts.objects.distinct(), counts.concepts));
            concepts.addAll(counts.concepts);
        });
        return new VoidStatistics(triples, entities.distinct(), subjects.distinct(), objects.distinct(), classes,
                byProperty, concepts);
    }

    /** True when a published graph holds the triple (the vocabulary graph holds it too). */
    private static boolean published(DatasetGraph dataset, Triple t) {
        Iterator<Quad> quads = dataset.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        while (quads.hasNext()) {
            if (!quads.next().getGraph().equals(QueryIndex.VOCABULARY_GRAPH)) {
                return true;
            }
        }
        return false;
    }

    private static final class PropertyCounts {
        private long triples;
        private final Fingerprints subjects = new Fingerprints();
        private final Fingerprints objects = new Fingerprints();
        private final Set<String> concepts = new TreeSet<>();
    }

    /** 64-bit fingerprints of RDF terms, kept in a growing array and counted once sorted. */
    static final class Fingerprints {
        private long[] values = new long[64];
        private int size;

        void add(long fingerprint) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = fingerprint;
        }

        long distinct() {
            Arrays.sort(values, 0, size);
            long distinct = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || values[i] != values[i - 1]) {
                    distinct++;
                }
            }
            return distinct;
        }

        /** The term's fingerprint: its kind and every part of it (lexical form, language, direction, datatype). */
        static long of(Node node) {
            long h = 0xcbf29ce484222325L;
            if (node.isURI()) {
                h = mix(h, 'U', node.getURI());
            } else if (node.isLiteral()) {
                h = mix(h, 'L', node.getLiteralLexicalForm());
                h = mix(h, '@', node.getLiteralLanguage());
                h = mix(h, '-', String.valueOf(node.getLiteralBaseDirection()));
                h = mix(h, '^', node.getLiteralDatatypeURI());
            } else {
                h = mix(h, 'B', node.toString());
            }
            // a final avalanche so that sorting spreads near-identical strings
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            return h ^ (h >>> 33);
        }

        private static long mix(long h, char kind, String text) {
            h = (h ^ kind) * 0x100000001b3L;
            for (int i = 0; i < text.length(); i++) {
                h = (h ^ text.charAt(i)) * 0x100000001b3L;
            }
            return (h ^ 0xffff) * 0x100000001b3L;
        }
    }
}
