package org.w3id.cailloux.node.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.cailloux.node.sparql.SparqlTestNode.contentType;
import static org.w3id.cailloux.node.sparql.SparqlTestNode.encode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.node.rdf.RdfFormat;

/** The local SPARQL endpoint over real HTTP, every answer compared with Jena's own on the same data. */
class SparqlEndpointTest {

    static final String PREFIXES = """
            PREFIX cx: <https://w3id.org/cailloux/ns#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    /** Experiments joined with their themes' labels, which live in the vocabulary graph: no GRAPH needed. */
    static final String THEMES_WITH_LABELS = PREFIXES + """
            SELECT ?experiment ?title ?theme ?label WHERE {
              ?experiment a cx:Experiment ; dct:title ?title ; cx:theme ?theme .
              ?theme skos:prefLabel ?label .
              FILTER(lang(?title) = "fr")
            }""";
    /** Which graph holds what. */
    static final String TRIPLES_PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

    private static SparqlTestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = SparqlTestNode.start();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static Stream<Arguments> selectCases() {
        return Stream.of("GET", "POST form", "POST query").flatMap(method ->
                Stream.of(ResultFormat.values()).flatMap(format ->
                        Stream.of(THEMES_WITH_LABELS, TRIPLES_PER_GRAPH).map(query -> Arguments.of(method, format, query))));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("selectCases")
    void selectAnswersWhatJenaAnswersInEveryMethodAndFormat(String method, ResultFormat format, String query) throws Exception {
        HttpResponse<byte[]> response = switch (method) {
            case "GET" -> node.get(query, format.mediaType());
            case "POST form" -> node.postForm("query=" + encode(query), format.mediaType());
            default -> node.postBody(query, "application/sparql-query", format.mediaType());
        };
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(format.mediaType(), contentType(response));
        ResultSetRewindable expected = SparqlTestNode.select(node.oracle, query);
        assertTrue(expected.size() > 0, "the oracle finds rows");
        assertSameRows(expected, response.body(), format);
    }

    @ParameterizedTest
    @EnumSource(value = ResultFormat.class, names = "THRIFT", mode = EnumSource.Mode.EXCLUDE)
    void askAnswersTrueAndFalseInEveryResultFormat(ResultFormat format) throws Exception {
        String yes = PREFIXES + "ASK { ?e a cx:Experiment ; cx:theme ?t . ?t skos:prefLabel ?l }";
        String no = PREFIXES + "ASK { ?e a cx:Experiment ; cx:theme cx:NoSuchTheme }";
        for (String query : List.of(yes, no)) {
            HttpResponse<byte[]> response = node.get(query, format.mediaType());
            assertEquals(200, response.statusCode());
            assertEquals(format.mediaType(), contentType(response));
            boolean expected = SparqlTestNode.ask(node.oracle, query);
            if (format == ResultFormat.TSV) {
                // TSV defines no boolean form and Jena cannot read its own back: compare with what Jena writes
                ByteArrayOutputStream jena = new ByteArrayOutputStream();
                ResultsWriter.create().lang(format.lang()).build().write(jena, expected);
                assertEquals(jena.toString(StandardCharsets.UTF_8), new String(response.body(), StandardCharsets.UTF_8), query);
            } else {
                assertEquals(expected, SparqlTestNode.readAny(response.body(), format.lang()).getBooleanResult(), query);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void constructAndDescribeAnswerWhatJenaAnswersInEveryRdfFormat(RdfFormat format) throws Exception {
        String construct = PREFIXES + """
                CONSTRUCT { ?e dct:title ?title ; cx:theme ?label } WHERE {
                  ?e a cx:Experiment ; dct:title ?title ; cx:theme ?t . ?t skos:prefLabel ?label }""";
        String describe = "DESCRIBE <" + node.experiment("solaire-photovoltaique").getURI() + ">";
        for (String query : List.of(construct, describe)) {
            HttpResponse<byte[]> response = node.postBody(query, "application/sparql-query", format.mediaType());
            assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
            assertEquals(format.mediaType(), contentType(response));
            Graph expected = SparqlTestNode.graph(node.oracle, query);
            assertFalse(expected.isEmpty(), "the oracle finds triples for " + query);
            assertIsomorphic(expected, parse(response.body(), format));
        }
    }

    @Test
    void constructAndDescribeAnswerInRdfThriftForMachines() throws Exception {
        String construct = PREFIXES + "CONSTRUCT { ?e dct:title ?title } WHERE { ?e a cx:Experiment ; dct:title ?title }";
        String describe = "DESCRIBE <" + node.experiment("solaire-photovoltaique").getURI() + ">";
        for (String query : List.of(construct, describe)) {
            HttpResponse<byte[]> response = node.postBody(query, "application/sparql-query", "application/rdf+thrift");
            assertEquals(200, response.statusCode());
            assertEquals("application/rdf+thrift", response.headers().firstValue("Content-Type").orElseThrow(), "binary: no charset");
            assertIsomorphic(SparqlTestNode.graph(node.oracle, query),
                    RDFParser.source(new ByteArrayInputStream(response.body())).lang(RDFLanguages.RDFTHRIFT).toGraph());
        }
    }

    @Test
    void anAnswerLargerThanOneWrittenChunkArrivesWholeWithItsLength() throws Exception {
        String query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";
        HttpResponse<byte[]> response = node.get(query, ResultFormat.JSON.mediaType());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().length > WrittenAnswer.CHUNK, "the answer must span chunks: " + response.body().length);
        assertEquals(Long.toString(response.body().length), response.headers().firstValue("Content-Length").orElse(null));
        assertSameRows(SparqlTestNode.select(node.oracle, query), response.body(), ResultFormat.JSON);
    }

    @Test
    void anAskIsRefusedInThriftWhichHasNoBooleanForm() throws Exception {
        HttpResponse<byte[]> response = node.get(PREFIXES + "ASK { ?e a cx:Experiment }", ResultFormat.THRIFT.mediaType());
        assertEquals(406, response.statusCode());
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("application/sparql-results+json"));
    }

    @Test
    void withoutAcceptSelectGivesJsonResultsAndConstructGivesTurtle() throws Exception {
        HttpResponse<byte[]> select = node.get(TRIPLES_PER_GRAPH, "*/*");
        assertEquals("application/sparql-results+json", contentType(select));
        HttpResponse<byte[]> construct = node.get("CONSTRUCT WHERE { ?s a ?o }", "*/*");
        assertEquals("text/turtle", contentType(construct));
        HttpResponse<byte[]> browser = node.get(TRIPLES_PER_GRAPH, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals("application/sparql-results+json", contentType(browser));
    }

    @Test
    void defaultGraphUriMakesTheDefaultGraphTheMergeOfTheListedGraphs() throws Exception {
        Node solar = node.experiment("solaire-photovoltaique");
        Node territory = NodeFactory.createURI(node.base + "territory");
        String query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";
        HttpResponse<byte[]> response = node.get(query, ResultFormat.JSON.mediaType(),
                "default-graph-uri", solar.getURI(), "default-graph-uri", territory.getURI());
        assertEquals(200, response.statusCode());
        DatasetGraph expected = SparqlTestNode.dataset(node.graphs(), List.of(solar, territory), List.of());
        assertSameRows(SparqlTestNode.select(expected, query), response.body(), ResultFormat.JSON);
    }

    @Test
    void namedGraphUriKeepsOnlyTheListedGraphsAndAnUnknownOneIsEmpty() throws Exception {
        Node solar = node.experiment("solaire-photovoltaique");
        Node unknown = NodeFactory.createURI(node.base + "experiments/no-such-experiment");
        String query = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";
        HttpResponse<byte[]> response = node.postForm("query=" + encode(query)
                + "&named-graph-uri=" + encode(solar.getURI()) + "&named-graph-uri=" + encode(unknown.getURI()),
                ResultFormat.JSON.mediaType());
        assertEquals(200, response.statusCode());
        DatasetGraph expected = SparqlTestNode.dataset(node.graphs(), List.of(), List.of(solar, unknown));
        ResultSetRewindable rows = SparqlTestNode.select(expected, query);
        assertEquals(node.records.get(solar).size(), rows.size());
        assertSameRows(rows, response.body(), ResultFormat.JSON);

        // With only named graphs listed, the default graph is empty
        HttpResponse<byte[]> ask = node.get("ASK { ?s ?p ?o }", ResultFormat.JSON.mediaType(), "named-graph-uri", solar.getURI());
        assertFalse(SparqlTestNode.readAny(ask.body(), ResultFormat.JSON.lang()).getBooleanResult());
    }

    @Test
    void protocolGraphParametersWinOverFromInTheQuery() throws Exception {
        Node solar = node.experiment("solaire-photovoltaique");
        String query = "SELECT ?s ?p ?o FROM <" + node.base + "territory> WHERE { ?s ?p ?o }";
        HttpResponse<byte[]> response = node.get(query, ResultFormat.JSON.mediaType(), "default-graph-uri", solar.getURI());
        assertEquals(200, response.statusCode());
        DatasetGraph expected = SparqlTestNode.dataset(node.graphs(), List.of(solar), List.of());
        assertSameRows(SparqlTestNode.select(expected, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"), response.body(), ResultFormat.JSON);
    }

    @Test
    void fromInTheQueryAppliesWhenNoProtocolParameterIsGiven() throws Exception {
        Node territory = NodeFactory.createURI(node.base + "territory");
        String query = "SELECT ?s ?p ?o FROM <" + territory.getURI() + "> WHERE { ?s ?p ?o }";
        HttpResponse<byte[]> response = node.get(query, ResultFormat.JSON.mediaType());
        assertEquals(200, response.statusCode());
        DatasetGraph expected = SparqlTestNode.dataset(node.graphs(), List.of(territory), List.of());
        assertSameRows(SparqlTestNode.select(expected, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"), response.body(), ResultFormat.JSON);
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void withoutAQueryTheEndpointDescribesItself(RdfFormat format) throws Exception {
        HttpResponse<byte[]> response = SparqlTestNode.send(HttpRequest.newBuilder(node.endpoint())
                .header("Accept", format.mediaType()).GET().build());
        assertEquals(200, response.statusCode());
        assertEquals(format.mediaType(), contentType(response));
        Graph description = parse(response.body(), format);
        DatasetGraph sd = SparqlTestNode.dataset(Map.of(QueryIndex.VOCABULARY_GRAPH, description),
                List.of(QueryIndex.VOCABULARY_GRAPH), List.of());
        String prefixes = "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#> PREFIX void: <http://rdfs.org/ns/void#> "
                + "PREFIX formats: <http://www.w3.org/ns/formats/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
        String endpoint = node.endpoint().toString();
        assertTrue(SparqlTestNode.ask(sd, prefixes + "ASK { <" + endpoint + "> a sd:Service ; sd:endpoint <" + endpoint + "> ;"
                + " sd:supportedLanguage sd:SPARQL11Query ; sd:feature sd:UnionDefaultGraph ;"
                + " sd:resultFormat formats:SPARQL_Results_JSON, formats:SPARQL_Results_XML, formats:SPARQL_Results_CSV,"
                + " formats:SPARQL_Results_TSV, formats:Turtle, formats:JSON-LD ;"
                + " sd:defaultDataset ?d . ?d sd:defaultGraph ?g ; rdfs:seeAlso <" + node.base + ".well-known/void> }"),
                "the description names the endpoint, language, formats, feature and VoID link");
        ResultSetRewindable named = SparqlTestNode.select(sd, prefixes + "SELECT ?name { ?d sd:namedGraph [ sd:name ?name ] }");
        assertEquals(node.graphs().size(), named.size(), "every named graph of the index is listed");
    }

    @Test
    void answersCarryCorsHeadersAndThePreflightIsAnswered() throws Exception {
        for (String query : List.of(TRIPLES_PER_GRAPH, "SELEKT")) {
            HttpResponse<byte[]> response = SparqlTestNode.send(HttpRequest.newBuilder(
                    URI.create(node.endpoint() + "?query=" + encode(query)))
                    .header("Origin", "https://yasgui.example.org").header("Accept", "application/sparql-results+json").build());
            assertEquals(query.equals("SELEKT") ? 400 : 200, response.statusCode(), "errors are readable too");
            assertEquals(List.of("*"), response.headers().allValues("Access-Control-Allow-Origin"));
            // a page's script may read whether the answer was cut short or came from the cache
            assertEquals("Cailloux-Result-Truncated, Cailloux-Answer",
                    response.headers().firstValue("Access-Control-Expose-Headers").orElse(""));
        }

        HttpResponse<byte[]> preflight = SparqlTestNode.send(HttpRequest.newBuilder(node.endpoint())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://yasgui.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .build());
        assertTrue(preflight.statusCode() / 100 == 2, "preflight status " + preflight.statusCode());
        // Micronaut answers preflights itself, echoing the origin: as good as * for a browser
        assertTrue(List.of(List.of("*"), List.of("https://yasgui.example.org"))
                .contains(preflight.headers().allValues("Access-Control-Allow-Origin")), preflight.headers().map().toString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase().contains("content-type"));
    }

    static void assertSameRows(ResultSetRewindable expected, byte[] body, ResultFormat format) {
        ResultSetRewindable served = SparqlTestNode.readRows(body, format.lang());
        // CSV keeps lexical forms only: compare with the oracle's rows after the same trip
        ResultSetRewindable oracle = format == ResultFormat.CSV ? SparqlTestNode.roundTrip(expected, format.lang()) : expected;
        oracle.reset();
        assertEquals(oracle.size(), served.size(), "row count");
        assertEquals(Set.copyOf(oracle.getResultVars()), Set.copyOf(served.getResultVars()));
        assertTrue(ResultsCompare.equalsByTerm(oracle, served), "rows differ from the oracle's");
    }

    static Graph parse(byte[] body, RdfFormat format) {
        return RDFParser.source(new ByteArrayInputStream(body)).lang(format.lang()).toGraph();
    }

    static void assertIsomorphic(Graph expected, Graph served) {
        assertEquals(expected.size(), served.size(), "triple count");
        assertTrue(IsoMatcher.isomorphic(expected, served), "graph differs from the oracle's");
    }
}
