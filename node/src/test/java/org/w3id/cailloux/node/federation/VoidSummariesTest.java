package org.w3id.cailloux.node.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.peers.Peer;

/**
 * Queries do not wait for a refresh of a summary just past its time: it serves them while the peer is asked
 * again; a summary past twice its time is waited for (a short while), as one never read.
 */
class VoidSummariesTest {

    private static final Duration REFRESH = Duration.ofSeconds(1);
    private static final String VOID = """
            @prefix void: <http://rdfs.org/ns/void#> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            <#dataset> a void:Dataset ; void:classPartition [ void:class foaf:Person ] .
            """;

    private final Map<String, Integer> delays = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private HttpServer peers;
    private TestNode federating;
    private VoidSummaries summaries;

    @BeforeEach
    void start() throws Exception {
        peers = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        peers.createContext("/", this::describe);
        peers.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        peers.start();
        federating = TestNode.start(Map.of("cailloux.sample-data", "none", "cailloux.federation.void-refresh", REFRESH.toMillis() + "ms"));
        summaries = federating.node().context().getBean(VoidSummaries.class);
    }

    @AfterEach
    void stop() {
        federating.close();
        peers.stop(0);
    }

    /** A peer's VoID description, tagged; 304 when the client holds the tag; after the delay set for the peer. */
    private void describe(HttpExchange exchange) throws IOException {
        try (exchange) {
            String kind = exchange.getRequestURI().getPath().split("/")[1];
            if (!exchange.getRequestURI().getPath().endsWith("/.well-known/void")) {
                exchange.sendResponseHeaders(404, -1); // no change feed: a node of before them
                return;
            }
            requests.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            Thread.sleep(delays.getOrDefault(kind, 0));
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = VOID.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/turtle");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Source peer(String kind) {
        return Source.of(new Peer(kind, URI.create("http://127.0.0.1:" + peers.getAddress().getPort() + "/" + kind + "/"), Peer.Origin.CONFIGURED));
    }

    /** How long asking for the peer's summary took; fails when the summary is missing. */
    private long millisToSummary(Source peer) {
        long started = System.nanoTime();
        Map<Source, VoidSummary> found = summaries.summaries(List.of(peer), Deadline.after(Duration.ofSeconds(10)), true);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(found.containsKey(peer), "the peer's summary is there");
        return millis;
    }

    /** The requests the peer got, once it got {@code expected} or after 2 s. */
    private int arrived(String kind, int expected) throws InterruptedException {
        for (int i = 0; i < 40 && requests.get(kind).get() < expected; i++) {
            Thread.sleep(50);
        }
        return requests.get(kind).get();
    }

    @Test
    void aSummaryJustPastItsTimeServesWhileRefreshedAndAnOlderOneIsWaitedFor() throws Exception {
        Source fresh = peer("a");
        Source old = peer("b");
        millisToSummary(fresh);
        millisToSummary(old);
        assertEquals(1, requests.get("a").get());

        Thread.sleep(REFRESH.toMillis() + 200);
        delays.put("a", 3_000);
        long served = millisToSummary(fresh);
        assertTrue(served < 1_000, "served at once, not after the slow refresh: " + served + " ms");
        assertEquals(2, arrived("a", 2), "the refresh was sent all the same");

        Thread.sleep(Math.max(0, 2 * REFRESH.toMillis() + 100 - served));
        delays.put("b", 1_200);
        long waited = millisToSummary(old);
        assertTrue(waited >= 1_000, "past twice its time, the refresh is waited for: " + waited + " ms");
        assertEquals(2, requests.get("b").get());
    }
}
