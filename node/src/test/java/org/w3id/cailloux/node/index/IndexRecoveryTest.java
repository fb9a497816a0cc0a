package org.w3id.cailloux.node.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.publishing.ExperimentStore;
import org.w3id.cailloux.node.publishing.PublishingApiTestData;

/**
 * A batch that fails to apply to the query index (here a graph whose triples cannot be read, as a full disk or a
 * damaged page would fail it): {@code /health} says DEGRADED with the reason at once, the node rebuilds the index from
 * PostgreSQL while it runs, and then says UP with every acknowledged write answered.
 */
class IndexRecoveryTest {

    @Test
    void aFailedIndexBatchIsReportedAndRepairedFromPostgresqlWhileTheNodeRuns() throws Exception {
        try (TestNode node = TestNode.start(Map.of("cailloux.sample-data", "none"))) {
            HttpResponse<String> created = node.send(node.asAdmin("/api/experiments").header("Content-Type", "application/json")
                    .POST(TestNode.text(PublishingApiTestData.GARDENS)));
            assertEquals(201, created.statusCode(), created.body());
            QueryIndex index = node.node().context().getBean(QueryIndex.class);
            assertEquals(200, node.send(node.anonymous("/health")).statusCode());

            Node broken = NodeFactory.createURI("urn:cailloux:test:unreadable");
            index.submit(Map.of(broken, new Unreadable()), index.appliedWatermark());

            HttpResponse<String> degraded = awaitHealth(node, 503);
            assertTrue(degraded.body().contains("\"status\":\"DEGRADED\""), degraded.body());
            assertTrue(degraded.body().contains("\"index\":{\"status\":\"BEHIND\""), degraded.body());
            assertTrue(degraded.body().contains("failed to apply"), degraded.body());

            HttpResponse<String> up = awaitHealth(node, 200);
            assertTrue(up.body().contains("\"index\":{\"status\":\"UP\""), up.body());
            assertEquals(node.node().context().getBean(ExperimentStore.class).lastChange(), index.watermark(), "the index is in step again");
            String query = "SELECT ?t { <" + node.node().url() + "/experiments/jardins-partages> <http://purl.org/dc/terms/title> ?t }";
            HttpResponse<String> answer = node.send(node.anonymous("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                    .header("Accept", "text/csv"));
            assertTrue(answer.body().contains("Jardins partagés"), answer.body());
            String graphs = node.send(node.anonymous("/sparql?query=" + URLEncoder.encode("ASK { GRAPH <" + broken.getURI() + "> { ?s ?p ?o } }",
                    StandardCharsets.UTF_8)).header("Accept", "text/csv")).body();
            assertFalse(graphs.contains("true"), "what PostgreSQL does not hold is not in the rebuilt index: " + graphs);
        }
    }

    private static HttpResponse<String> awaitHealth(TestNode node, int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        HttpResponse<String> health;
        do {
            health = node.send(node.anonymous("/health"));
            if (health.statusCode() == status) {
                return health;
            }
            Thread.sleep(10);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("/health never answered " + status + ": " + health.body());
    }

    /** A graph that has a size but whose triples cannot be read. */
    private static final class Unreadable extends GraphBase {
        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple triple) {
            throw new IllegalStateException("unreadable triples (a test of a failing index batch)");
        }

        @Override
        protected int graphBaseSize() {
            return 1;
        }
    }
}
