package org.w3id.cailloux.node.federation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.system.Txn;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/**
 * Real nodes over loopback and the oracle: one Jena in-memory dataset holding each node's published data (read
 * from its index) in the named graph of its node IRI, and the vocabulary in the default graph, which is the union.
 */
final class FederationNetwork {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    private FederationNetwork() {}

    /** A node seeded with a test Turtle file, {@code http://node-x.invalid/} replaced by the given nodes' URLs. */
    static TestNode start(String resource, Map<String, TestNode> links, Map<String, Object> properties) throws Exception {
        String turtle;
        try (var in = FederationNetwork.class.getResourceAsStream("/federation/" + resource)) {
            turtle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, TestNode> link : links.entrySet()) {
            turtle = turtle.replace("http://" + link.getKey() + ".invalid/", iri(link.getValue()));
        }
        Path file = Files.createTempFile(Path.of("target"), "federation-", ".ttl");
        Files.writeString(file, turtle);
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put("cailloux.sample-data", file.toAbsolutePath().toString());
        return TestNode.start(all);
    }

    /** The node's IRI: its base URL. */
    static String iri(TestNode node) {
        return node.node().url() + "/";
    }

    /** Everything the node publishes (all its index's graphs but the vocabulary's), as one graph. */
    static Graph published(TestNode node) {
        QueryIndex index = node.node().context().getBean(QueryIndex.class);
        Graph graph = GraphFactory.createDefaultGraph();
        Txn.executeRead(index.dataset(), () -> index.dataset().listGraphNodes().forEachRemaining(name -> {
            if (!name.equals(QueryIndex.VOCABULARY_GRAPH)) {
                index.dataset().getGraph(name).find().forEachRemaining(graph::add);
            }
        }));
        return graph;
    }

    /** The oracle over these nodes' data. */
    static DatasetGraph oracle(TestNode... nodes) {
        DatasetGraph oracle = DatasetGraphFactory.createTxnMem();
        TransitionVocabulary.load().graph().find().forEachRemaining(oracle.getDefaultGraph()::add);
        for (TestNode node : nodes) {
            Node name = NodeFactory.createURI(iri(node));
            published(node).find().forEachRemaining(t -> {
                oracle.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                oracle.getDefaultGraph().add(t);
            });
        }
        return oracle;
    }

    static ResultSetRewindable oracleSelect(DatasetGraph oracle, String query) {
        Query parsed = QueryFactory.create(query);
        // The oracle follows SERVICE itself, to the real peer: Jena's own semantics of SERVICE
        try (QueryExec exec = QueryExec.dataset(oracle).query(parsed).set(ARQ.httpServiceAllowed, true).build()) {
            return ResultSetFactory.makeRewindable(ResultSet.adapt(exec.select()));
        }
    }

    static Graph oracleGraph(DatasetGraph oracle, String query) {
        try (QueryExec exec = QueryExec.dataset(oracle).query(query).build()) {
            Query parsed = QueryFactory.create(query);
            return parsed.isDescribeType() ? exec.describe() : exec.construct();
        }
    }

    static boolean oracleAsk(DatasetGraph oracle, String query) {
        try (QueryExec exec = QueryExec.dataset(oracle).query(query).build()) {
            return exec.ask();
        }
    }

    /** GET {@code path?query=...} on the node. */
    static HttpResponse<byte[]> get(TestNode node, String path, String query, String accept) throws IOException, InterruptedException {
        URI uri = node.uri(path + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GET {@code path?query=...} on the node with {@code Cache-Control: no-cache}: computed anew, every peer asked again. */
    static HttpResponse<byte[]> getFresh(TestNode node, String path, String query, String accept) throws IOException, InterruptedException {
        URI uri = node.uri(path + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", accept).header("Cache-Control", "no-cache").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static ResultSetRewindable rows(HttpResponse<byte[]> response) {
        return ResultSetFactory.makeRewindable(ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                .read(new ByteArrayInputStream(response.body())));
    }

    static Graph graph(HttpResponse<byte[]> response) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.NTRIPLES).parse(graph);
        return graph;
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
