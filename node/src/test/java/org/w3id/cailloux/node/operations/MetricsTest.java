package org.w3id.cailloux.node.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;

/** {@code /metrics} in Prometheus's text format: requests by route, the JVM, the database pool and the node's own meters. */
class MetricsTest {

    @Test
    void aScrapeShowsRequestsByRouteAndTheNodesOwnState() throws Exception {
        try (TestNode node = TestNode.start(Map.of("cailloux.peers.gone.url", "http://127.0.0.1:9/", "cailloux.sparql.timeout", "1s"))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, node.send(node.anonymous("/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))
                        .header("Accept", "application/sparql-results+json")).statusCode());
            }
            String explosive = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l"
                    + " FILTER(STRLEN(CONCAT(STR(?c), STR(?f), STR(?i), STR(?l))) < 0) }";
            assertEquals(503, node.send(node.anonymous("/sparql?query=" + URLEncoder.encode(explosive, StandardCharsets.UTF_8))
                    .header("Accept", "application/sparql-results+json")).statusCode());
            HttpResponse<String> metrics = node.send(node.anonymous("/metrics"));
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), metrics.headers().toString());
            String text = metrics.body();
            double sparql = Pattern.compile("http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\"/sparql\"[^}]*} (\\S+)")
                    .matcher(text).results().mapToDouble(m -> Double.parseDouble(m.group(1))).sum();
            assertTrue(sparql >= 3, "requests by route and status: " + text.lines().filter(l -> l.startsWith("http_server")).toList());
            assertTrue(text.contains("cailloux_index_behind 0.0"), "the index is in step");
            assertTrue(Pattern.compile("cailloux_index_watermark \\d+").matcher(text).find(), "its watermark");
            assertTrue(Pattern.compile("cailloux_peers\\{status=\"(down|unknown)\"} 1\\.0").matcher(text).find(),
                    "the unreachable peer: " + text.lines().filter(l -> l.startsWith("cailloux_peers")).toList());
            assertTrue(text.contains("cailloux_change_feed_subscribers"), "the change feed");
            assertTrue(text.contains("jvm_memory_used_bytes"), "the JVM");
            assertTrue(text.contains("hikaricp_connections"), "the database pool");
            assertTrue(text.contains("cailloux_sparql_timeouts_total 1.0"), "the query stopped at the time limit");
            Matcher hits = Pattern.compile("cache_gets_total\\{cache=\"sparql-answers\",[^}]*result=\"hit\"[^}]*} (\\S+)").matcher(text);
            assertTrue(hits.find() && Double.parseDouble(hits.group(1)) >= 2, "the answers kept, asked again: "
                    + text.lines().filter(l -> l.startsWith("cache_gets")).toList());
        }
    }
}
