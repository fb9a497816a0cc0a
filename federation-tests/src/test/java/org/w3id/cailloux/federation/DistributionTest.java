package org.w3id.cailloux.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The operator's distribution ({@code node/target/cailloux-node-*-dist.tar.gz}, built by the node module's package
 * phase): unpacked, its {@code bin/cailloux-node} starts a node from environment variables alone, which answers, and
 * stops cleanly on SIGTERM (its database stopped, no pid file left).
 */
class DistributionTest {

    @Test
    void theUnpackedDistributionStartsANodeThatAnswersAndStopsOnSigterm() throws Exception {
        Path archive;
        try (Stream<Path> files = Files.list(Path.of("..", "node", "target"))) {
            archive = files.filter(p -> p.getFileName().toString().matches("cailloux-node-.*-dist\\.tar\\.gz")).findFirst()
                    .orElseThrow(() -> new AssertionError("no distribution in node/target: the node module's package phase makes it"));
        }
        Path into = Files.createTempDirectory(Path.of("target"), "dist-");
        Process tar = new ProcessBuilder("tar", "xzf", archive.toAbsolutePath().toString(), "-C", into.toString()).inheritIO().start();
        assertEquals(0, tar.waitFor(), "tar");
        Path home;
        try (Stream<Path> dirs = Files.list(into)) {
            home = dirs.findFirst().orElseThrow();
        }
        Path data = into.resolve("data");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin").resolve("cailloux-node").toString()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("MICRONAUT_SERVER_PORT", "0");
        builder.environment().put("CAILLOUX_DATA_DIR", data.toAbsolutePath().toString());
        builder.environment().put("CAILLOUX_SAMPLE_DATA", "loos-en-gohelle");
        builder.environment().put("CAILLOUX_ADMIN_PASSWORD", "distribution-test-password");
        Process node = builder.start();
        StringBuilder output = new StringBuilder();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.startsWith("Cailloux node running at ")) {
                        url.complete(line.substring("Cailloux node running at ".length()).strip());
                    }
                }
                url.completeExceptionally(new AssertionError("the node stopped:\n" + output));
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            String base = url.get(120, TimeUnit.SECONDS);
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/health"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
            assertTrue(Files.isDirectory(data.resolve("postgres")), "the data folder is the one given");
        } finally {
            node.destroy();
        }
        assertTrue(node.waitFor(60, TimeUnit.SECONDS), "the node stopped on SIGTERM:\n" + output);
        assertFalse(Files.exists(data.resolve("postgres").resolve("postmaster.pid")), "its PostgreSQL stopped too:\n" + output);
    }
}
