package org.w3id.cailloux.node.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.cailloux.node.rdf.RdfFormat;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.vocabulary.Scheme;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/** {@code /.well-known/void}, checked against statistics the test computes itself from the records it published. */
class VoidDescriptionTest {

    private static final String BASE = LinkedDataNode.BASE;
    private static final Node DATASET = NodeFactory.createURI(BASE + ".well-known/void#dataset");

    private static Map<Node, Graph> records;
    private static Graph union;
    private static LinkedDataNode node;

    @BeforeAll
    static void start() throws Exception {
        records = SampleRecords.of(BASE);
        union = GraphFactory.createDefaultGraph();
        records.values().forEach(g -> g.find().forEachRemaining(union::add));
        node = LinkedDataNode.start(records);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void isTurtleByDefault() throws Exception {
        HttpResponse<byte[]> response = node.getBytes("/.well-known/void", null);
        assertEquals(200, response.statusCode());
        assertEquals("text/turtle", LinkedDataNode.mediaType(response));
        assertTrue(parse(response.body(), Lang.TURTLE).contains(DATASET, RDF.type.asNode(), VOID.Dataset.asNode()));
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void everyRdfFormatGivesTheSameDescription(RdfFormat format) throws Exception {
        HttpResponse<byte[]> response = node.getBytes("/.well-known/void", format.mediaType());
        assertEquals(format.mediaType(), LinkedDataNode.mediaType(response));
        assertTrue(IsoMatcher.isomorphic(description(), parse(response.body(), format.lang())));
    }

    @Test
    void countsEqualThoseComputedWithSparqlOverThePublishedRecords() throws Exception {
        Graph d = description();
        assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), number(d, DATASET, VOID.triples));
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }"), number(d, DATASET, VOID.distinctSubjects));
        assertEquals(count("SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o }"), number(d, DATASET, VOID.distinctObjects));
        assertEquals(count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?s ?p ?o }"), number(d, DATASET, VOID.properties));
        assertEquals(count("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s a ?c }"), number(d, DATASET, VOID.classes));
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER (STRSTARTS(STR(?s), \"" + BASE + "\")) }"),
                number(d, DATASET, VOID.entities));
    }

    @Test
    void everyClassUsedHasAPartitionCountingItsInstances() throws Exception {
        Map<Node, Long> partitions = partitions(description(), VOID.classPartition.asNode(), VOID._class.asNode(), VOID.entities.asNode());
        Set<Node> classes = new HashSet<>(union.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList());
        assertEquals(classes, partitions.keySet());
        for (Node c : classes) {
            assertEquals(union.find(Node.ANY, RDF.type.asNode(), c).toList().size(), partitions.get(c), "instances of " + c);
        }
    }

    @Test
    void everyPropertyUsedHasAPartitionCountingItsTriples() throws Exception {
        Map<Node, Long> partitions = partitions(description(), VOID.propertyPartition.asNode(), VOID.property.asNode(), VOID.triples.asNode());
        Set<Node> properties = new HashSet<>(union.find().mapWith(Triple::getPredicate).toList());
        assertEquals(properties, partitions.keySet());
        for (Node p : properties) {
            assertEquals(union.find(Node.ANY, p, Node.ANY).toList().size(), partitions.get(p), "triples of " + p);
        }
    }

    @Test
    void everyConceptUsedIsASubjectOfTheDatasetAndOfItsPropertysPartition() throws Exception {
        Graph vocabulary = TransitionVocabulary.load().graph();
        Set<Node> used = new HashSet<>(union.find().mapWith(Triple::getObject)
                .filterKeep(o -> vocabulary.contains(o, RDF.type.asNode(), SKOS.Concept.asNode())).toList());
        Graph d = description();
        assertEquals(used, new HashSet<>(d.find(DATASET, DCTerms.subject.asNode(), Node.ANY).mapWith(Triple::getObject).toList()));
        Node currency = Scheme.DEVICES.concept("local-currency").asNode();
        assertTrue(used.contains(currency), "the sample uses the local currency");
        Node devicePartition = partitionOf(d, CX.device.asNode());
        assertTrue(d.contains(devicePartition, DCTerms.subject.asNode(), currency), "cx:device's partition lists it");
        Node themePartition = partitionOf(d, CX.theme.asNode());
        assertFalse(d.contains(themePartition, DCTerms.subject.asNode(), currency), "cx:theme's partition does not");
    }

    @Test
    void everyIriIsUnderThePublicBase() throws Exception {
        Graph d = description();
        assertTrue(d.contains(DATASET, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(BASE + "sparql")));
        assertTrue(d.contains(DATASET, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(BASE)));
        assertTrue(d.contains(DATASET, DCTerms.publisher.asNode(), NodeFactory.createURI(BASE + "territory")));
        assertFalse(new String(node.getBytes("/.well-known/void", "application/n-triples").body()).contains("localhost"));
    }

    @Test
    void namesTheVocabularyAndTheVersionItConformsTo() throws Exception {
        Graph d = description();
        assertTrue(d.contains(DATASET, VOID.vocabulary.asNode(), NodeFactory.createURI(CX.ONTOLOGY)));
        String version = TransitionVocabulary.load().version();
        assertTrue(d.contains(DATASET, DCTerms.conformsTo.asNode(), NodeFactory.createURI(CX.ONTOLOGY + "/" + version)));
    }

    @Test
    void isADcatDatasetWithTheSparqlEndpointAndDumpsAsDistributions() throws Exception {
        Graph d = description();
        assertTrue(d.contains(DATASET, RDF.type.asNode(), DCAT.Dataset.asNode()));
        assertTrue(d.contains(DATASET, DCTerms.modified.asNode(), Node.ANY));
        Set<Node> accessUrls = new HashSet<>();
        d.find(DATASET, DCAT.distribution.asNode(), Node.ANY).forEachRemaining(t ->
                d.find(t.getObject(), DCAT.accessURL.asNode(), Node.ANY).forEachRemaining(a -> accessUrls.add(a.getObject())));
        assertEquals(Set.of(NodeFactory.createURI(BASE + "sparql"), NodeFactory.createURI(BASE + "dump.nq"),
                NodeFactory.createURI(BASE + "dump.trig")), accessUrls);
    }

    @Test
    void theDumpHoldsEveryPublishedGraphAndNotTheVocabulary() throws Exception {
        for (String path : List.of("/dump.nq", "/dump.trig")) {
            HttpResponse<byte[]> response = node.getBytes(path, null);
            assertEquals(200, response.statusCode(), path);
            DatasetGraph dump = RDFParser.source(new ByteArrayInputStream(response.body()))
                    .lang(path.endsWith("nq") ? Lang.NQUADS : Lang.TRIG).toDatasetGraph();
            Set<Node> graphs = new HashSet<>();
            dump.listGraphNodes().forEachRemaining(graphs::add);
            assertEquals(records.keySet(), graphs, path);
            records.forEach((name, graph) -> assertTrue(IsoMatcher.isomorphic(graph, dump.getGraph(name)), path + " " + name));
        }
    }

    @Test
    void theDescriptionIsCachedUntilTheIndexWatermarkMoves() throws Exception {
        Node extra = NodeFactory.createURI(BASE + "experiments/mobilite");
        Node mobility = Scheme.THEMES.concept("mobility").asNode();
        Graph record = GraphFactory.createDefaultGraph();
        record.add(Triple.create(extra, RDF.type.asNode(), CX.Experiment.asNode()));
        record.add(Triple.create(extra, CX.theme.asNode(), mobility));
        Graph first = description();
        long before = number(first, DATASET, VOID.triples);
        assertTrue(IsoMatcher.isomorphic(first, description()), "the same description, modification time included, while nothing changes");
        try {
            node.index().submit(Map.of(extra, record), node.index().watermark() + 1);
            Graph after = description();
            assertEquals(before + 2, number(after, DATASET, VOID.triples));
            assertTrue(after.contains(DATASET, DCTerms.subject.asNode(), mobility), "the newly used concept is listed");
        } finally {
            Map<Node, Graph> removal = new HashMap<>();
            removal.put(extra, null);
            node.index().submit(removal, node.index().watermark() + 1);
        }
        assertEquals(before, number(description(), DATASET, VOID.triples));
    }

    @Test
    void theEntityTagChangesWithTheDataAndAnUnchangedDescriptionIsNotSentAgain() throws Exception {
        HttpResponse<byte[]> first = node.getBytes("/.well-known/void", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, node.getBytes("/.well-known/void", "application/n-triples").headers().firstValue("ETag").orElseThrow(),
                "each serialisation has its own tag");
        HttpResponse<byte[]> unchanged = node.getIfNoneMatch("/.well-known/void", "text/turtle", etag);
        assertEquals(304, unchanged.statusCode());
        assertEquals(0, unchanged.body().length);
        assertEquals(etag, unchanged.headers().firstValue("ETag").orElseThrow());

        Node extra = NodeFactory.createURI(BASE + "experiments/etiquette");
        Graph record = GraphFactory.createDefaultGraph();
        record.add(Triple.create(extra, RDF.type.asNode(), CX.Experiment.asNode()));
        try {
            node.index().submit(Map.of(extra, record), node.index().watermark() + 1);
            HttpResponse<byte[]> changed = node.getIfNoneMatch("/.well-known/void", "text/turtle", etag);
            assertEquals(200, changed.statusCode(), "a write changes the tag");
            assertNotEquals(etag, changed.headers().firstValue("ETag").orElseThrow());
            assertEquals(number(parse(first.body(), Lang.TURTLE), DATASET, VOID.triples) + 1, number(parse(changed.body(), Lang.TURTLE), DATASET, VOID.triples));
        } finally {
            Map<Node, Graph> removal = new HashMap<>();
            removal.put(extra, null);
            node.index().submit(removal, node.index().watermark() + 1);
        }
    }

    private static Graph description() throws Exception {
        HttpResponse<byte[]> response = node.getBytes("/.well-known/void", "text/turtle");
        assertEquals(200, response.statusCode());
        return parse(response.body(), Lang.TURTLE);
    }

    private static Node partitionOf(Graph d, Node property) {
        return d.find(DATASET, VOID.propertyPartition.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(p -> d.contains(p, VOID.property.asNode(), property)).next();
    }

    /** Each partition's key (its class or property) and its count. */
    private static Map<Node, Long> partitions(Graph d, Node partitionProperty, Node key, Node count) {
        Map<Node, Long> partitions = new HashMap<>();
        d.find(DATASET, partitionProperty, Node.ANY).forEachRemaining(t -> partitions.put(
                d.find(t.getObject(), key, Node.ANY).next().getObject(), number(d, t.getObject(), count)));
        return partitions;
    }

    private static long count(String query) {
        try (QueryExec exec = QueryExec.graph(union).query(query).build()) {
            return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
        }
    }

    private static long number(Graph d, Node s, org.apache.jena.rdf.model.Property p) {
        return number(d, s, p.asNode());
    }

    private static long number(Graph d, Node s, Node p) {
        return Long.parseLong(d.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    private static Graph parse(byte[] body, Lang lang) {
        return RDFParser.source(new ByteArrayInputStream(body)).lang(lang).toGraph();
    }
}
