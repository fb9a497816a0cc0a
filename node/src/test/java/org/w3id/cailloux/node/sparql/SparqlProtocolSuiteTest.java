package org.w3id.cailloux.node.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cailloux.node.index.QueryIndex;

/**
 * The query cases of the W3C SPARQL 1.1 Protocol test suite ({@code src/test/resources/w3c/sparql11-protocol}), read
 * from its manifest and sent as they are to {@code /sparql} and {@code /federation/sparql}; the suite's data graphs
 * are put in the node's index under their names (on the federation, where each node's data is one graph named by its
 * node IRI, the dataset parameters name that graph). The update cases do not apply: updates are refused by design.
 */
class SparqlProtocolSuiteTest {

    private static final String SUITE = "w3c/sparql11-protocol/";
    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String HT = "http://www.w3.org/2011/http#";
    private static final String CNT = "http://www.w3.org/2011/content#";
    private static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";
    private static final Set<String> RESULT_TYPES = Set.of("application/sparql-results+json", "application/sparql-results+xml",
            "text/csv", "text/tab-separated-values");
    private static SparqlTestNode node;

    /** One request of the suite and what its answer must be. */
    record Case(String name, String method, String path, Map<String, String> headers, byte[] body, Set<Integer> statusClasses,
                String format, Boolean expectedBoolean) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        node = SparqlTestNode.start();
        QueryIndex index = node.node.context().getBean(QueryIndex.class);
        Map<Node, Graph> graphs = new HashMap<>();
        Model manifest = manifest();
        manifest.listStatements(null, manifest.createProperty(UT + "graphData"), (RDFNode) null).forEachRemaining(s -> {
            Resource data = s.getResource();
            String file = data.getPropertyResourceValue(manifest.createProperty(UT + "graph")).getURI();
            String name = data.getProperty(manifest.createProperty("http://www.w3.org/2000/01/rdf-schema#label")).getString();
            graphs.computeIfAbsent(NodeFactory.createURI(name), n -> RDFDataMgr.loadGraph(
                    SparqlProtocolSuiteTest.class.getClassLoader().getResource(SUITE + file.substring(file.lastIndexOf('/') + 1)).toString()));
        });
        index.submit(graphs, index.watermark());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static Stream<Arguments> cases() {
        Model m = manifest();
        Resource manifestNode = m.listSubjectsWithProperty(m.createProperty(MF + "entries")).next();
        RDFList entries = manifestNode.getPropertyResourceValue(m.createProperty(MF + "entries")).as(RDFList.class);
        List<Arguments> cases = new ArrayList<>();
        for (RDFNode entry : entries.asJavaList()) {
            String name = entry.asResource().getLocalName();
            if (!name.startsWith("query_") && !name.startsWith("bad_query")) {
                continue;
            }
            Case c = read(m, entry.asResource(), name);
            cases.add(Arguments.of("/sparql", c));
            cases.add(Arguments.of("/federation/sparql", c));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void answersAsTheProtocolSays(String endpoint, Case c) throws Exception {
        String path = c.path().replaceFirst("^/sparql/?", endpoint);
        if (endpoint.startsWith("/federation")) {
            path = cityGraphs(path);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base + path.substring(1)));
        c.headers().forEach(request::header);
        request.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        HttpResponse<byte[]> response = SparqlTestNode.send(request.build());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(c.statusClasses().contains(response.statusCode() / 100), c.name() + ": " + response.statusCode() + " " + body);
        if (response.statusCode() >= 400) {
            assertEquals("application/problem+json", SparqlTestNode.contentType(response), body);
            return;
        }
        String type = SparqlTestNode.contentType(response);
        switch (c.format()) {
            case "boolean", "tabular" -> assertTrue(RESULT_TYPES.contains(type), c.name() + ": " + type);
            case "RDF" -> assertTrue(RDFLanguages.contentTypeToLang(type) != null && RDFLanguages.isTriples(RDFLanguages.contentTypeToLang(type)),
                    c.name() + ": " + type);
            default -> { }
        }
        if (c.expectedBoolean() != null) {
            Lang lang = type.equals("application/sparql-results+json") ? ResultSetLang.RS_JSON : ResultSetLang.RS_XML;
            boolean answer = SparqlTestNode.readAny(response.body(), lang).getBooleanResult();
            assertEquals(c.expectedBoolean(), answer, c.name() + ": " + body);
        }
    }

    /**
     * The suite's dataset parameters named as graphs of the federated dataset: there each node's data is one named
     * graph, named by its node IRI (the suite's graphs are in this node's data), so the parameters name that graph.
     */
    private static String cityGraphs(String path) {
        int query = path.indexOf('?');
        if (query < 0) {
            return path;
        }
        String city = URLEncoder.encode(node.base, StandardCharsets.UTF_8);
        String parameters = Stream.of(path.substring(query + 1).split("&"))
                .map(p -> p.startsWith("default-graph-uri=") || p.startsWith("named-graph-uri=") ? p.substring(0, p.indexOf('=') + 1) + city : p)
                .collect(Collectors.joining("&"));
        return path.substring(0, query + 1) + parameters;
    }

    private static Case read(Model m, Resource test, String name) {
        Resource action = test.getPropertyResourceValue(m.createProperty(MF + "action"));
        Resource request = action.getPropertyResourceValue(m.createProperty(HT + "requests")).as(RDFList.class).getHead().asResource();
        String method = request.getProperty(m.createProperty(HT + "methodName")).getString();
        String path = request.getProperty(m.createProperty(HT + "absolutePath")).getString();
        Map<String, String> headers = new HashMap<>();
        Resource headerList = request.getPropertyResourceValue(m.createProperty(HT + "headers"));
        if (headerList != null) {
            for (RDFNode h : headerList.as(RDFList.class).asJavaList()) {
                headers.put(h.asResource().getProperty(m.createProperty(HT + "fieldName")).getString(),
                        h.asResource().getProperty(m.createProperty(HT + "fieldValue")).getString());
            }
        }
        byte[] body = null;
        Resource content = request.getPropertyResourceValue(m.createProperty(HT + "body"));
        if (content != null) {
            Statement encoding = content.getProperty(m.createProperty(CNT + "characterEncoding"));
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding.getString());
            body = content.getProperty(m.createProperty(CNT + "chars")).getString().getBytes(charset);
        }
        Resource response = request.getPropertyResourceValue(m.createProperty(HT + "resp"));
        Set<Integer> classes = response.listProperties(m.createProperty(MF + "expectedStatus")).toList().stream()
                .map(s -> Integer.parseInt(s.getResource().getLocalName().replaceAll("\\D", ""))).collect(Collectors.toSet());
        Statement format = response.getProperty(m.createProperty(MF + "expectedFormat"));
        Statement bool = response.getProperty(m.createProperty(MF + "expectedBoolean"));
        return new Case(name, method, path, headers, body, classes, format == null ? "" : format.getString(), bool == null ? null : bool.getBoolean());
    }

    private static Model manifest() {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, SparqlProtocolSuiteTest.class.getClassLoader().getResource(SUITE + "manifest.ttl").toString());
        return m;
    }
}
