package org.w3id.cailloux.node.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.cailloux.node.sparql.SparqlTestNode.contentType;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.index.QueryIndex;

/** The time limit really stops a query; the result limit cuts answers and says so; long queries are refused. */
class SparqlLimitsTest {

    private static final int RESULT_LIMIT = 5;
    private static SparqlTestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = SparqlTestNode.start("cailloux.sparql.timeout", "1s", "cailloux.sparql.result-limit", String.valueOf(RESULT_LIMIT),
                "cailloux.sparql.max-query-length", "2000");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void anExplosiveQueryIsStoppedAtTheTimeLimitWithA503Problem() throws Exception {
        // The vocabulary graph crossed with itself three times, filtered on a string built from every row
        String query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + QueryIndex.VOCABULARY_GRAPH.getURI() + "> {"
                + " ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
                + " FILTER(STRLEN(CONCAT(STR(?c), STR(?f), STR(?i), STR(?l))) < 0) }";
        long start = System.nanoTime();
        HttpResponse<byte[]> response = node.get(query, "application/sparql-results+json");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(503, response.statusCode(), body);
        assertEquals("application/problem+json", contentType(response));
        assertTrue(body.contains("https://w3id.org/cailloux/problems/sparql-query-timeout"), body);
        assertTrue(body.contains("1000 ms"), body);
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "answered after " + took);

        // The node is free again at once
        HttpResponse<byte[]> after = node.get("ASK { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(200, after.statusCode());
    }

    @Test
    void heavyAggregatesCrossProductsAndSubqueriesGetTheirAnswerOrTheTimeLimitProblemNeverA500() throws Exception {
        for (String query : java.util.List.of(
                // the query: a cross product of the whole data four times, grouped into one COUNT
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . FILTER(REGEX(STR(?c), \"zzz.*q$\")) }",
                "SELECT ?b (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . FILTER(REGEX(STR(?c), \"zzz.*q$\")) } GROUP BY ?b",
                "SELECT (SUM(?n) AS ?total) { { SELECT ?b (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?b } }",
                "SELECT (MAX(STRLEN(STR(?c))) AS ?m) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                "SELECT DISTINCT ?c { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c",
                "ASK { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . FILTER(STR(?c) = \"nowhere\") }")) {
            HttpResponse<byte[]> response = node.get(query, "application/sparql-results+json");
            String body = new String(response.body(), StandardCharsets.UTF_8);
            assertTrue(response.statusCode() == 200 || response.statusCode() == 503, query + " answered " + response.statusCode() + ": " + body);
            if (response.statusCode() == 503) {
                assertTrue(body.contains("https://w3id.org/cailloux/problems/sparql-query-timeout"), body);
            }
        }
        assertEquals(200, node.get("ASK { ?s ?p ?o }", "application/sparql-results+json").statusCode());
    }

    @Test
    void aSelectBeyondTheResultLimitIsCutToExactlyTheLimitAndSaysSo() throws Exception {
        String query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";
        for (ResultFormat format : ResultFormat.values()) {
            HttpResponse<byte[]> response = node.get(query, format.mediaType());
            assertEquals(200, response.statusCode());
            assertEquals("true", response.headers().firstValue(SparqlResponses.TRUNCATED).orElse(""), format.name());
            ResultSetRewindable rows = SparqlTestNode.readRows(response.body(), format.lang());
            assertEquals(RESULT_LIMIT, rows.size(), format.name());
        }
        assertTrue(SparqlTestNode.select(node.oracle, query).size() > RESULT_LIMIT, "the oracle has more");
    }

    @Test
    void anAnswerWithinTheLimitIsWholeAndNotMarked() throws Exception {
        String query = "SELECT ?e WHERE { ?e a <https://w3id.org/cailloux/ns#Territory> }";
        HttpResponse<byte[]> response = node.get(query, "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue(SparqlResponses.TRUNCATED).isEmpty());
        assertEquals(SparqlTestNode.select(node.oracle, query).size(),
                SparqlTestNode.readRows(response.body(), ResultFormat.JSON.lang()).size());
    }

    @Test
    void aConstructBeyondTheResultLimitIsCutToTheLimitInTriples() throws Exception {
        HttpResponse<byte[]> response = node.get("CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");
        assertEquals(200, response.statusCode());
        assertEquals("true", response.headers().firstValue(SparqlResponses.TRUNCATED).orElse(""));
        Graph graph = RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.NTRIPLES).toGraph();
        assertEquals(RESULT_LIMIT, graph.size());
        Graph all = SparqlTestNode.graph(node.oracle, "CONSTRUCT WHERE { ?s ?p ?o }");
        graph.find().forEachRemaining(t -> assertTrue(all.contains(t), "a triple the data has: " + t));
    }

    @Test
    void aQueryLongerThanTheLimitIsRefusedWith413() throws Exception {
        String query = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(2000);
        HttpResponse<byte[]> response = node.postBody(query, "application/sparql-query", "*/*");
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(413, response.statusCode(), body);
        assertEquals("application/problem+json", contentType(response));
        assertTrue(body.contains("https://w3id.org/cailloux/problems/sparql-query-too-large"), body);
        assertTrue(body.contains("at most 2000"), body);
        assertFalse(body.contains("Exception"), body);
    }
}
