package org.w3id.cailloux.node;

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
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A node started as {@code ./cailloux run} starts it, in its own JVM ({@code Application}), configured only by
 * environment variables: what an operator sets is read through Micronaut's mapping of variables to properties,
 * which maps one variable to several property names.
 */
public final class EnvironmentNode implements AutoCloseable {

    public static final String PASSWORD = "environment-test-password";

    private final Process process;
    private final StringBuilder output = new StringBuilder();
    private final HttpClient http = HttpClient.newHttpClient();
    /** The node's data folder. */
    public final Path dataDir;
    /** The URL the node printed. */
    public final String url;

    private EnvironmentNode(Path dataDir, Map<String, String> variables) throws Exception {
        this.dataDir = dataDir;
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.w3id.cailloux.node.Application").redirectErrorStream(true);
        Map<String, String> environment = new HashMap<>(Map.of("MICRONAUT_SERVER_PORT", "0", "CAILLOUX_DATA_DIR",
                dataDir.toAbsolutePath().toString(), "CAILLOUX_SAMPLE_DATA", "none", "CAILLOUX_ADMIN_PASSWORD", PASSWORD));
        environment.putAll(variables);
        builder.environment().putAll(environment);
        process = builder.start();
        CompletableFuture<String> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.startsWith("Cailloux node running at ")) {
                        started.complete(line.substring("Cailloux node running at ".length()).strip());
                    }
                }
                started.completeExceptionally(new AssertionError("the node stopped:\n" + output()));
            } catch (IOException e) {
                started.completeExceptionally(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            url = started.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            close();
            throw new AssertionError("the node did not start:\n" + output(), e);
        }
    }

    /** Starts a node with these variables (beside a free port, its own data folder, no sample data, an admin password). */
    public static EnvironmentNode start(Map<String, String> variables) throws Exception {
        return new EnvironmentNode(Files.createTempDirectory(Path.of("target"), "env-node-"), variables);
    }

    /** Starts a node on an existing data folder, as a restart does. */
    public static EnvironmentNode restart(Path dataDir, Map<String, String> variables) throws Exception {
        return new EnvironmentNode(dataDir, variables);
    }

    /** Kills the node's JVM at once ({@code kill -9}): no shutdown hook runs; returns when it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the node's JVM outlived kill -9");
        }
    }

    /** What the node printed so far. */
    public String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    /** GET {@code path} with this Accept header, as the admin when {@code admin}. */
    public HttpResponse<String> get(String path, String accept, boolean admin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).header("Accept", accept).timeout(Duration.ofSeconds(30));
        if (admin) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
