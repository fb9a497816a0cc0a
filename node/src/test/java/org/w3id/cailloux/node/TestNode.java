package org.w3id.cailloux.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A real node for a test, with its own data directory, and an HTTP client speaking to it over loopback. */
public final class TestNode implements AutoCloseable {

    /** The password of the {@code admin} account of every test node. */
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private final Path dataDir;
    private final Map<String, Object> properties;
    private final HttpClient http = HttpClient.newHttpClient();
    private CaillouxNode node;

    private TestNode(Path dataDir, Map<String, Object> properties) {
        this.dataDir = dataDir;
        this.properties = properties;
    }

    /** Starts a node with no sample data unless {@code properties} say otherwise. */
    public static TestNode start(Map<String, Object> properties) throws Exception {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("cailloux.sample-data", "none");
        all.put("cailloux.admin-password", ADMIN_PASSWORD);
        all.putAll(properties);
        TestNode node = new TestNode(Files.createTempDirectory(Path.of("target"), "node-"), all);
        node.start();
        return node;
    }

    /** Starts a node on an existing data directory with these properties (beside the admin password). */
    public static TestNode startOn(Path dataDir, Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("cailloux.admin-password", ADMIN_PASSWORD);
        all.putAll(properties);
        return new TestNode(dataDir, all).start();
    }

    /** Starts (again) on the same data directory. */
    public TestNode start() {
        CaillouxNode.Builder builder = CaillouxNode.builder().port(0).dataDir(dataDir);
        properties.forEach(builder::property);
        node = builder.build().start();
        return this;
    }

    /** Stops the node, keeping its data. */
    public void stop() {
        node.close();
    }

    /** Where the node keeps its files. */
    public Path dataDir() {
        return dataDir;
    }

    /** The running node. */
    public CaillouxNode node() {
        return node;
    }

    /** The node's URL with {@code path}. */
    public URI uri(String path) {
        return URI.create(node.url() + path);
    }

    /** A request to {@code path} with the admin's Basic credentials. */
    public HttpRequest.Builder asAdmin(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", basic("admin", ADMIN_PASSWORD));
    }

    /** A request to {@code path} without credentials. */
    public HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    /** Sends and reads the body as text. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        // A response that never completes fails the test instead of hanging the build
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends a request and reads the answer's bytes. */
    public HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Imports a CSV of experiments ({@code POST /api/import}) as the admin; anything but 200 fails the test. */
    public void importCsv(String csv) throws Exception {
        HttpResponse<String> imported = send(asAdmin("/api/import").header("Content-Type", "text/csv").POST(text(csv)));
        assertEquals(200, imported.statusCode(), imported.body());
    }

    /** A body publisher for text. */
    public static HttpRequest.BodyPublisher text(String body) {
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    /** An HTTP Basic header value. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        if (node != null) {
            node.close();
        }
    }
}
