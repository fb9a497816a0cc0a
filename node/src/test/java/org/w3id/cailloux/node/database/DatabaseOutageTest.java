package org.w3id.cailloux.node.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.EnvironmentNode;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.publishing.PublishingApiTestData;

/**
 * An operator's PostgreSQL stopped and started again while clients write: meanwhile writes are answered 503 with
 * {@code Retry-After} (never 500) and change nothing, SPARQL keeps answering from the index, {@code /health} says the
 * database is DOWN while {@code /health/liveness} stays UP; once the database is back, so is the node, without a
 * restart, and every write it acknowledged is in PostgreSQL and in SPARQL.
 */
class DatabaseOutageTest {

    private static final int CLIENTS = 6;

    /** One client's write and what the node answered. */
    private record Write(String slug, int status, String retryAfter, String contentType, long at) {}

    @Test
    void writesDuringAStoppedDatabaseAre503AndTheNodeComesBackWithEveryAcknowledgedWrite() throws Exception {
        try (DebianPostgres database = DebianPostgres.start();
             EnvironmentNode node = EnvironmentNode.start(Map.of("DATASOURCES_DEFAULT_URL", database.jdbcUrl(),
                     "DATASOURCES_DEFAULT_USERNAME", "postgres", "DATASOURCES_DEFAULT_PASSWORD", "unused"))) {
            List<Write> writes = new CopyOnWriteArrayList<>();
            Map<String, Integer> cut = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String slug = "panne-" + client + "-" + i;
                        HttpRequest request = HttpRequest.newBuilder(URI.create(node.url + "/api/experiments"))
                                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                                .header("Authorization", TestNode.basic("admin", EnvironmentNode.PASSWORD))
                                .POST(HttpRequest.BodyPublishers.ofString(PublishingApiTestData.GARDENS.replace("jardins-partages", slug))).build();
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            writes.add(new Write(slug, response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
                                    response.headers().firstValue("Content-Type").orElse(""), System.nanoTime()));
                        } catch (IOException e) {
                            cut.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                        }
                    }
                    return null;
                });
            }
            try {
                waitFor(() -> count(writes, 201) >= 30, "writes acknowledged before the database stops");
                database.stopServer();
                long stopped = System.nanoTime();
                waitFor(() -> writes.stream().filter(w -> w.at() > stopped && w.status() == 503).count() >= CLIENTS,
                        "writes answered 503 while the database is stopped");

                HttpResponse<String> health = node.get("/health", "application/json", false);
                assertEquals(503, health.statusCode(), health.body());
                assertTrue(health.body().contains("\"database\":\"DOWN\""), health.body());
                assertEquals(200, node.get("/health/liveness", "application/json", false).statusCode(), "alive: restarting it would not help");
                HttpResponse<String> sparql = node.get("/sparql?query=" + URLEncoder.encode(
                        "SELECT (COUNT(*) AS ?n) { ?e a <https://w3id.org/cailloux/ns#Experiment> }", StandardCharsets.UTF_8), "text/csv", false);
                assertEquals(200, sparql.statusCode(), "SPARQL answers from the index while the database is stopped: " + sparql.body());

                database.startServer();
                long back = System.nanoTime();
                waitFor(() -> writes.stream().anyMatch(w -> w.at() > back && w.status() == 201), "a write acknowledged once the database is back");
                long firstWrite = writes.stream().filter(w -> w.at() > back && w.status() == 201).mapToLong(Write::at).min().orElseThrow();
                waitFor(() -> writes.stream().filter(w -> w.at() > back && w.status() == 201).count() >= 30, "writes acknowledged after");
                stop.set(true);
                clients.shutdown();
                assertTrue(clients.awaitTermination(90, TimeUnit.SECONDS), "the clients finished");

                List<Write> failed = writes.stream().filter(w -> w.status() != 201).toList();
                assertTrue(failed.stream().allMatch(w -> w.status() == 503 && "5".equals(w.retryAfter())
                                && w.contentType().startsWith("application/problem+json")),
                        "every refused write is 503 with Retry-After, as a problem: " + failed.stream().filter(w -> w.status() != 503).toList()
                                + "\n" + node.output());
                assertTrue(cut.isEmpty(), "every request got an answer: " + cut);

                List<String> acknowledged = writes.stream().filter(w -> w.status() == 201).map(Write::slug).toList();
                for (String slug : acknowledged) {
                    assertEquals(200, node.get("/api/experiments/" + slug, "application/json", false).statusCode(), slug + " was acknowledged");
                }
                for (Write refused : failed) {
                    assertEquals(404, node.get("/api/experiments/" + refused.slug(), "application/json", false).statusCode(),
                            refused.slug() + " was refused with 503 and must not have been written");
                }
                HttpResponse<String> counted = node.get("/sparql?query=" + URLEncoder.encode(
                        "SELECT (COUNT(?e) AS ?n) { ?e a <https://w3id.org/cailloux/ns#Experiment> }", StandardCharsets.UTF_8), "text/csv", false);
                assertEquals("n\r\n" + acknowledged.size(), counted.body().strip(), "SPARQL sees exactly the acknowledged writes");
                waitFor(() -> healthUp(node), "/health UP again");
                System.out.printf("Database outage: %d writes acknowledged, %d refused with 503 while it was stopped; "
                                + "first write acknowledged %d ms after the database accepted connections again%n",
                        acknowledged.size(), failed.size(), TimeUnit.NANOSECONDS.toMillis(firstWrite - back));
            } finally {
                stop.set(true);
                clients.shutdownNow();
            }
        }
    }

    private static boolean healthUp(EnvironmentNode node) {
        try {
            return node.get("/health", "application/json", false).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static long count(List<Write> writes, int status) {
        return writes.stream().filter(w -> w.status() == status).count();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "waited 90 s for: " + what);
            Thread.sleep(20);
        }
    }
}
