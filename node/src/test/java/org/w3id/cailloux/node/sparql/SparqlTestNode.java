package org.w3id.cailloux.node.sparql;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cailloux.node.CaillouxNode;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.vocabulary.SampleData;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/**
 * A real node holding Loos-en-Gohelle's sample data, one named graph per experiment, and the oracle:
 * the same graphs in a Jena in-memory dataset whose default graph is their merge.
 */
final class SparqlTestNode implements AutoCloseable {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    final CaillouxNode node;
    final String base;
    /** Record graphs by name, as put in the index (the vocabulary graph is added by the node itself). */
    final Map<Node, Graph> records;
    final DatasetGraph oracle;

    private SparqlTestNode(CaillouxNode node) {
        this.node = node;
        this.base = node.url() + "/";
        this.records = split(SampleData.loosEnGohelle(base), base);
        QueryIndex index = node.context().getBean(QueryIndex.class);
        index.submit(records, index.watermark() + 1);
        Map<Node, Graph> all = new LinkedHashMap<>(records);
        all.put(QueryIndex.VOCABULARY_GRAPH, TransitionVocabulary.load().graph());
        this.oracle = dataset(all, all.keySet(), all.keySet());
    }

    /** Starts a node with these extra properties ({@code name, value, ...}) and loads the sample data. */
    static SparqlTestNode start(String... properties) throws IOException {
        CaillouxNode.Builder builder = CaillouxNode.builder().port(0)
                .dataDir(Files.createTempDirectory(Path.of("target"), "sparql-"))
                .property("cailloux.sample-data", "none");
        for (int i = 0; i < properties.length; i += 2) {
            builder.property(properties[i], properties[i + 1]);
        }
        return new SparqlTestNode(builder.build().start());
    }

    /** Each experiment's triples with its fragment IRIs' in its own graph; the rest in {@code <base>territory}. */
    private static Map<Node, Graph> split(Graph sample, String base) {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        List<Node> experiments = sample.find(Node.ANY, RDF.type.asNode(), CX.Experiment.asNode())
                .mapWith(Triple::getSubject).toList();
        Node territory = NodeFactory.createURI(base + "territory");
        sample.find().forEachRemaining(t -> {
            String subject = t.getSubject().isURI() ? t.getSubject().getURI() : "";
            Node graph = experiments.stream()
                    .filter(e -> subject.equals(e.getURI()) || subject.startsWith(e.getURI() + "#"))
                    .findFirst().orElse(territory);
            graphs.computeIfAbsent(graph, g -> GraphFactory.createDefaultGraph()).add(t);
        });
        return graphs;
    }

    /** An in-memory dataset: default graph = merge of {@code defaults}, named graphs = {@code named} (absent ones left out). */
    static DatasetGraph dataset(Map<Node, Graph> graphs, Iterable<Node> defaults, Iterable<Node> named) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (Node name : defaults) {
            if (graphs.containsKey(name)) {
                graphs.get(name).find().forEachRemaining(dataset.getDefaultGraph()::add);
            }
        }
        for (Node name : named) {
            if (graphs.containsKey(name)) {
                graphs.get(name).find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        }
        return dataset;
    }

    /** Every graph of the oracle, by name, vocabulary included. */
    Map<Node, Graph> graphs() {
        Map<Node, Graph> all = new LinkedHashMap<>(records);
        all.put(QueryIndex.VOCABULARY_GRAPH, TransitionVocabulary.load().graph());
        return all;
    }

    Node experiment(String slug) {
        return NodeFactory.createURI(base + "experiments/" + slug);
    }

    URI endpoint() {
        return URI.create(base + "sparql");
    }

    /** The oracle's rows for {@code query} over {@code dataset}. */
    static ResultSetRewindable select(DatasetGraph dataset, String query) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            return ResultSetFactory.makeRewindable(ResultSet.adapt(exec.select()));
        }
    }

    static boolean ask(DatasetGraph dataset, String query) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            return exec.ask();
        }
    }

    static Graph graph(DatasetGraph dataset, String query) {
        Query parsed = QueryFactory.create(query);
        try (QueryExec exec = QueryExec.dataset(dataset).query(parsed).build()) {
            return parsed.isDescribeType() ? exec.describe() : exec.construct();
        }
    }

    /** Rows read back from a response body in {@code lang}. */
    static ResultSetRewindable readRows(byte[] body, Lang lang) {
        return ResultSetFactory.makeRewindable(ResultsReader.create().lang(lang).build().read(new ByteArrayInputStream(body)));
    }

    static SPARQLResult readAny(byte[] body, Lang lang) {
        return ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(body));
    }

    /** Rows after a trip through {@code lang} (for CSV, which keeps only the lexical forms). */
    static ResultSetRewindable roundTrip(ResultSetRewindable rows, Lang lang) {
        rows.reset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.create().lang(lang).build().write(out, rows);
        rows.reset();
        return readRows(out.toByteArray(), lang);
    }

    HttpResponse<byte[]> get(String query, String accept, String... extraParameters) throws Exception {
        StringBuilder uri = new StringBuilder(base + "sparql?query=" + encode(query));
        for (int i = 0; i < extraParameters.length; i += 2) {
            uri.append('&').append(extraParameters[i]).append('=').append(encode(extraParameters[i + 1]));
        }
        return send(HttpRequest.newBuilder(URI.create(uri.toString())).header("Accept", accept).GET().build());
    }

    HttpResponse<byte[]> postForm(String form, String accept) throws Exception {
        return send(HttpRequest.newBuilder(endpoint()).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    HttpResponse<byte[]> postBody(String body, String contentType, String accept) throws Exception {
        return send(HttpRequest.newBuilder(endpoint()).header("Accept", accept).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<byte[]> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    @Override
    public void close() {
        node.close();
    }
}
