package org.w3id.cailloux.node.peers;

import io.micronaut.json.JsonMapper;
import io.micronaut.core.type.Argument;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Asks every peer for its {@code /health} at a fixed delay ({@code cailloux.peers-check}, default
 * 30 s), in parallel, so that {@code /federation/peers} shows a fresh status even between queries.
 */
@Singleton
public class PeerMonitor {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final PeerRegistry registry;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();

    PeerMonitor(PeerRegistry registry, JsonMapper json) {
        this.registry = registry;
        this.json = json;
    }

    /** Checks every peer once, waiting for all answers (each bounded by a few seconds). */
    @Scheduled(fixedDelay = "${cailloux.peers-check:30s}", initialDelay = "1s")
    public void checkAll() {
        CompletableFuture.allOf(registry.peers().stream().map(this::check).toArray(CompletableFuture[]::new)).join();
    }

    private CompletableFuture<Void> check(Peer peer) {
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(peer.url().resolve("health")).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).handle((response, error) -> {
            if (error != null) {
                registry.failed(peer, "health check: " + error.getClass().getSimpleName().replace("Exception", "").toLowerCase()
                        + (error.getMessage() == null ? "" : " (" + error.getMessage() + ")"));
            } else if (response.statusCode() != 200) {
                registry.failed(peer, "health check: HTTP " + response.statusCode());
            } else {
                registry.answered(peer, Duration.ofNanos(System.nanoTime() - started));
                describe(peer, response.body());
            }
            return null;
        });
    }

    private void describe(Peer peer, byte[] body) {
        try {
            Map<String, Object> health = json.readValue(body, Argument.mapOf(String.class, Object.class));
            registry.described(peer, new PeerFacts(String.valueOf(health.get("city")), String.valueOf(health.get("vocabularyVersion"))));
        } catch (Exception e) {
            registry.failed(peer, "health check: the answer is not the JSON of a Cailloux node");
        }
    }
}
