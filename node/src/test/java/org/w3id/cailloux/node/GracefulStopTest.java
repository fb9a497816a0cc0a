package org.w3id.cailloux.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.publishing.PublishingApiTestData;

/**
 * SIGTERM while eight clients write: the node stops taking requests, finishes those in flight, then closes its
 * database. No write is answered 5xx, every write it acknowledged (201) is there after the restart, and no request it
 * wrote went unanswered.
 */
class GracefulStopTest {

    private static final int CLIENTS = 8;

    @Test
    void sigtermUnderWriteLoadAnswersEveryRequestItTookAndKeepsEveryAcknowledgedWrite() throws Exception {
        Map<String, String> variables = Map.of();
        EnvironmentNode node = EnvironmentNode.start(variables);
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        List<String> cut = new CopyOnWriteArrayList<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int i = 0; ; i++) {
                        String slug = "arret-" + client + "-" + i;
                        HttpRequest request = HttpRequest.newBuilder(URI.create(node.url + "/api/experiments"))
                                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                                .header("Authorization", TestNode.basic("admin", EnvironmentNode.PASSWORD))
                                .POST(HttpRequest.BodyPublishers.ofString(PublishingApiTestData.GARDENS.replace("jardins-partages", slug))).build();
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            statuses.merge(response.statusCode(), 1, Integer::sum);
                            if (response.statusCode() >= 500) {
                                failures.add(response.statusCode() + " " + response.body());
                            }
                            if (response.statusCode() == 201) {
                                acknowledged.add(slug);
                            }
                        } catch (java.net.ConnectException e) {
                            refused.incrementAndGet(); // the node no longer takes connections: this client is done
                            return null;
                        } catch (IOException e) {
                            cut.add(slug); // sent, and no answer came back
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 40 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(acknowledged.size() >= 40, "writes were acknowledged before the stop: " + acknowledged.size());
            node.close(); // SIGTERM, waits for the JVM to end
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "the clients saw the node go");
        } finally {
            clients.shutdownNow();
            node.close();
        }
        List<Integer> errors = new ArrayList<>(statuses.keySet().stream().filter(s -> s >= 500).toList());
        assertTrue(errors.isEmpty(), "no write answered 5xx: " + statuses + " " + failures + "\n" + node.output());

        try (EnvironmentNode again = EnvironmentNode.restart(node.dataDir, variables)) {
            for (String slug : acknowledged) {
                assertEquals(200, again.get("/api/experiments/" + slug, "application/json", false).statusCode(), slug + " was acknowledged");
            }
            // a request the node took, it answered: one cut without an answer was never written
            for (String slug : cut) {
                assertEquals(404, again.get("/api/experiments/" + slug, "application/json", false).statusCode(),
                        slug + " was written but its client got no answer");
            }
        }
        System.out.println("Graceful stop: " + acknowledged.size() + " writes acknowledged, answers " + statuses + ", " + refused
                + " connections refused and " + cut.size() + " requests cut, none written, after the stop began");
    }
}
