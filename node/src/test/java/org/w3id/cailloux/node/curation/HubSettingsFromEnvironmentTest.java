package org.w3id.cailloux.node.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The documented variables {@code CAILLOUX_VOCABULARY_HUB} and {@code CAILLOUX_VOCABULARY_HUB_URL}, set in the
 * environment of a node started as {@code ./cailloux run} starts it (its own JVM, {@code Application}): Micronaut maps
 * an environment variable to several property names, and a name that is also the prefix of another must not stop
 * the node from starting.
 */
class HubSettingsFromEnvironmentTest {

    @Test
    void aNodeFollowsTheHubNamedByItsEnvironment() throws Exception {
        Map<String, Object> health = health(Map.of("CAILLOUX_VOCABULARY_HUB_URL", "http://127.0.0.1:9"), "/health");
        Map<?, ?> hub = (Map<?, ?>) health.get("vocabularyHub");
        assertEquals("http://127.0.0.1:9/", hub.get("hub"), health.toString());
        assertEquals(Boolean.FALSE, hub.get("connected"));
        assertEquals("1.0.0", health.get("vocabularyVersion"), "it keeps the vocabulary it has");
    }

    @Test
    void aNodeIsTheHubWhenItsEnvironmentSaysSo() throws Exception {
        Map<String, Object> releases = health(Map.of("CAILLOUX_VOCABULARY_HUB", "true"), "/vocabulary/releases");
        assertEquals("1.0.0", releases.get("latest"), releases.toString());
    }

    /** Starts a node in its own JVM with these variables, returns the JSON at {@code path}, stops it. */
    private static Map<String, Object> health(Map<String, String> variables, String path) throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "env-node-");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.w3id.cailloux.node.Application").redirectErrorStream(true);
        builder.environment().putAll(Map.of("MICRONAUT_SERVER_PORT", "0", "CAILLOUX_DATA_DIR", data.toAbsolutePath().toString(),
                "CAILLOUX_SAMPLE_DATA", "none", "CAILLOUX_ADMIN_PASSWORD", "environment-test-password"));
        builder.environment().putAll(variables);
        Process node = builder.start();
        try {
            CompletableFuture<String> url = new CompletableFuture<>();
            StringBuilder output = new StringBuilder();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        output.append(line).append('\n');
                        if (line.startsWith("Cailloux node running at ")) {
                            url.complete(line.substring("Cailloux node running at ".length()).strip());
                        }
                    }
                    url.completeExceptionally(new AssertionError("the node stopped:\n" + output));
                } catch (java.io.IOException e) {
                    url.completeExceptionally(e);
                }
            });
            reader.setDaemon(true);
            reader.start();
            String base = url.get(90, TimeUnit.SECONDS);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 503, answer.body());
            return Hub.json(answer);
        } finally {
            node.destroy();
            if (!node.waitFor(30, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        }
    }
}
