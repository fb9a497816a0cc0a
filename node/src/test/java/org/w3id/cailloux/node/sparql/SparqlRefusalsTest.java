package org.w3id.cailloux.node.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.cailloux.node.sparql.SparqlTestNode.contentType;
import static org.w3id.cailloux.node.sparql.SparqlTestNode.encode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every request the endpoint refuses gets a problem+json with a stable type and a detail a person can act on. */
class SparqlRefusalsTest {

    private static final String PROBLEMS = "https://w3id.org/cailloux/problems/";
    private static SparqlTestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = SparqlTestNode.start();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aSyntaxErrorSaysWhereAndWhatWasExpected() throws Exception {
        String body = assertProblem(node.get("SELECT ?s WHERE {\n  ?s ?p \n}", "application/sparql-results+json"),
                400, "sparql-syntax-error");
        assertTrue(body.contains("line 3"), body);
        assertTrue(body.contains("\"line\":3") && body.contains("\"column\":1"), body);
        assertTrue(body.contains("expecting") || body.contains("Encountered"), "the parser's explanation: " + body);
    }

    @Test
    void aQueryNestedTensOfThousandsDeepIsRefusedWithAProblemNotAStackOverflow() throws Exception {
        for (String query : java.util.List.of("ASK {" + "{".repeat(30_000) + "}".repeat(30_000) + "}",
                "ASK { FILTER(" + "(".repeat(40_000) + "1" + ")".repeat(40_000) + ") }")) {
            HttpResponse<byte[]> response = node.postBody(query, "application/sparql-query", "application/sparql-results+json");
            String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(response.statusCode() == 400 || response.statusCode() == 200, response.statusCode() + ": " + body);
            assertFalse(body.contains("Internal Server Error"), body);
        }
    }

    @Test
    void anUpdateAsAFormParameterIsRefused() throws Exception {
        String body = assertProblem(node.postForm("update=" + encode("INSERT DATA { <urn:a> <urn:b> <urn:c> }"),
                "application/sparql-results+json"), 400, "sparql-update-refused");
        assertTrue(body.contains("read-only"), body);
    }

    @Test
    void anUpdateAsASparqlUpdateBodyIsRefused() throws Exception {
        assertProblem(node.postBody("DELETE WHERE { ?s ?p ?o }", "application/sparql-update", "*/*"),
                400, "sparql-update-refused");
    }

    @Test
    void anUpdateSentAsAQueryIsRefusedAsAnUpdateNotAsASyntaxError() throws Exception {
        assertProblem(node.get("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "*/*"), 400, "sparql-update-refused");
        // and the data is untouched
        HttpResponse<byte[]> ask = node.get("ASK { <urn:a> <urn:b> <urn:c> }", "application/sparql-results+json");
        assertFalse(SparqlTestNode.readAny(ask.body(), ResultFormat.JSON.lang()).getBooleanResult());
    }

    @Test
    void serviceIsRefusedEvenInsideAnExistsFilterOrASubQuery() throws Exception {
        String[] queries = {
            "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
            "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }",
            "SELECT * WHERE { { SELECT ?s WHERE { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } } } }",
        };
        for (String query : queries) {
            String body = assertProblem(node.get(query, "*/*"), 400, "sparql-service-refused");
            assertTrue(body.contains("/federation/sparql"), body);
        }
    }

    @Test
    void anUnsupportedAcceptGetsA406ListingWhatIsOffered() throws Exception {
        String body = assertProblem(node.get("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "image/png"), 406, "not-acceptable");
        assertTrue(body.contains("application/sparql-results+json"), body);
        // A SELECT cannot be had as Turtle, nor a CONSTRUCT as SPARQL results
        assertProblem(node.get("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "text/turtle"), 406, "not-acceptable");
        assertProblem(node.get("CONSTRUCT WHERE { ?s ?p ?o }", "application/sparql-results+json"), 406, "not-acceptable");
    }

    @Test
    void aPostWithoutAQueryIsRefused() throws Exception {
        String body = assertProblem(node.postForm("default-graph-uri=" + encode(node.base + "territory"), "*/*"),
                400, "sparql-query-missing");
        assertTrue(body.contains("query="), body);
        assertProblem(node.postBody("", "application/sparql-query", "*/*"), 400, "sparql-query-missing");
    }

    @Test
    void aPostOfAnotherKindOfBodyIsRefused() throws Exception {
        assertProblem(node.postBody("SELECT * WHERE { ?s ?p ?o }", "text/plain", "*/*"), 415, "sparql-unsupported-body");
    }

    @Test
    void aGraphParameterThatIsNotAnIriIsRefused() throws Exception {
        assertProblem(node.get("SELECT * WHERE { ?s ?p ?o }", "*/*", "default-graph-uri", "not an iri"),
                400, "sparql-malformed-request");
    }

    /** Asserts the status, problem+json and type; returns the body, checked free of Java internals. */
    private static String assertProblem(HttpResponse<byte[]> response, int status, String type) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(status, response.statusCode(), body);
        assertEquals("application/problem+json", contentType(response), body);
        assertTrue(body.contains("\"type\":\"" + PROBLEMS + type + "\""), body);
        assertTrue(body.contains("\"detail\":\""), body);
        assertFalse(body.contains("Exception") || body.contains("org.apache") || body.contains("\tat "), body);
        return body;
    }
}
