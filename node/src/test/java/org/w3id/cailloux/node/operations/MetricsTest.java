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
        try (TestNode node = TestNode.start(Map.of("cailloux.peers.gone.url", "http://127.0.0.1:9/"))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, node.send(node.anonymous("/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))
                        .header("Accept", "application/sparql-results+json")).statusCode());
            }
            HttpResponse<String> metrics = node.send(node.anonymous("/metrics"));
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), metrics.headers().toString());
            String text = metrics.body();
            Matcher sparql = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"/sparql\"[^}]*} (\\d+(\\.\\d+)?)").matcher(text);
            assertTrue(sparql.find(), "requests by route: " + text.lines().filter(l -> l.startsWith("http_server")).toList());
            assertTrue(Double.parseDouble(sparql.group(1)) >= 3, sparql.group());
            assertTrue(text.contains("cailloux_index_behind 0.0"), "the index is in step");
            assertTrue(Pattern.compile("cailloux_index_watermark \\d+").matcher(text).find(), "its watermark");
            assertTrue(Pattern.compile("cailloux_peers\\{status=\"(down|unknown)\"} 1\\.0").matcher(text).find(),
                    "the unreachable peer: " + text.lines().filter(l -> l.startsWith("cailloux_peers")).toList());
            assertTrue(text.contains("cailloux_change_feed_subscribers"), "the change feed");
            assertTrue(text.contains("jvm_memory_used_bytes"), "the JVM");
            assertTrue(text.contains("hikaricp_connections"), "the database pool");
        }
    }
}
