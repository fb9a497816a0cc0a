package org.w3id.cailloux.node.sparql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.vocabulary.CX;

/** Repeated queries on /sparql: served from the answer cache while the data stays the same, never after it changed. */
class AnswerCacheTest {

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?e a <" + CX.Experiment.getURI() + "> }";

    @Test
    void aRepeatedQueryGetsTheSameAnswerFromTheCacheUntilTheDataChanges() throws Exception {
        try (SparqlTestNode node = SparqlTestNode.start()) {
            HttpResponse<byte[]> first = post(node, COUNT, null);
            HttpResponse<byte[]> second = post(node, COUNT, null);
            assertEquals("evaluated", first.headers().firstValue(SparqlResponses.ANSWER).orElseThrow());
            assertEquals("cached", second.headers().firstValue(SparqlResponses.ANSWER).orElseThrow());
            assertArrayEquals(first.body(), second.body());
            long before = count(first);
            assertEquals(SparqlTestNode.select(node.oracle, COUNT).next().getLiteral("n").getLong(), before);

            HttpResponse<byte[]> fresh = post(node, COUNT, "no-cache");
            assertEquals("evaluated", fresh.headers().firstValue(SparqlResponses.ANSWER).orElseThrow());
            assertEquals(before, count(fresh));

            // A new experiment published: the next answer is evaluated on the new data, not taken from the cache
            Node added = NodeFactory.createURI(node.base + "experiments/added-for-the-cache-test");
            Graph record = GraphFactory.createDefaultGraph();
            record.add(added, RDF.type.asNode(), CX.Experiment.asNode());
            QueryIndex index = node.node.context().getBean(QueryIndex.class);
            index.submit(Map.of(added, record), index.watermark() + 1);
            HttpResponse<byte[]> after = post(node, COUNT, null);
            assertEquals("evaluated", after.headers().firstValue(SparqlResponses.ANSWER).orElseThrow());
            assertEquals(before + 1, count(after));
        }
    }

    @Test
    void aCutAnswerKeepsSayingSoWhenServedFromTheCache() throws Exception {
        try (SparqlTestNode node = SparqlTestNode.start("cailloux.sparql.result-limit", "3")) {
            String query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";
            HttpResponse<byte[]> first = post(node, query, null);
            HttpResponse<byte[]> second = post(node, query, null);
            assertEquals("cached", second.headers().firstValue(SparqlResponses.ANSWER).orElseThrow());
            assertEquals("true", first.headers().firstValue(SparqlResponses.TRUNCATED).orElseThrow());
            assertEquals("true", second.headers().firstValue(SparqlResponses.TRUNCATED).orElseThrow());
            assertArrayEquals(first.body(), second.body());
        }
    }

    @Test
    void aQueryWhoseAnswerChangesWithoutTheDataIsEvaluatedEachTime() throws Exception {
        try (SparqlTestNode node = SparqlTestNode.start()) {
            for (String query : new String[] {"SELECT (NOW() AS ?t) (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                    "SELECT (rand () AS ?r) WHERE {}", "SELECT (STRUUID() AS ?id) WHERE {}"}) {
                post(node, query, null);
                HttpResponse<byte[]> again = post(node, query, null);
                assertEquals(200, again.statusCode());
                assertEquals("evaluated", again.headers().firstValue(SparqlResponses.ANSWER).orElseThrow(), query);
            }
        }
    }

    @Test
    void withNoRoomForAnswersEveryQueryIsEvaluated() throws Exception {
        try (SparqlTestNode node = SparqlTestNode.start("cailloux.sparql.answer-cache-bytes", "0")) {
            for (int i = 0; i < 3; i++) {
                HttpResponse<byte[]> response = post(node, COUNT, null);
                assertEquals(200, response.statusCode());
                assertEquals("evaluated", response.headers().firstValue(SparqlResponses.ANSWER).orElseThrow());
            }
        }
    }

    private static HttpResponse<byte[]> post(SparqlTestNode node, String query, String cacheControl) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.endpoint())
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query));
        if (cacheControl != null) {
            request.header("Cache-Control", cacheControl);
        }
        HttpResponse<byte[]> response = SparqlTestNode.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        return response;
    }

    /** The single number of a one-cell CSV answer. */
    private static long count(HttpResponse<byte[]> response) {
        String[] lines = new String(response.body(), StandardCharsets.UTF_8).strip().split("\r?\n");
        assertTrue(lines.length == 2, "one row expected");
        return Long.parseLong(lines[1].strip());
    }
}
