package org.w3id.cailloux.node.linkeddata;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.cailloux.node.CaillouxNode;
import org.w3id.cailloux.node.index.QueryIndex;

/**
 * A real node for the Linked Data tests, whose public base differs from the URL it listens on (as
 * behind a reverse proxy), with the sample records in its query index; and an HTTP client to ask it.
 */
final class LinkedDataNode implements AutoCloseable {

    /** The public base the node is configured with; nothing listens there. */
    static final String BASE = "https://data.example-city.test/";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final CaillouxNode node;

    private LinkedDataNode(CaillouxNode node) {
        this.node = node;
    }

    /** Starts a node and puts {@code records} in its index, with the next watermark, as publishing does. */
    static LinkedDataNode start(Map<Node, Graph> records) throws IOException {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "ld-");
        LinkedDataNode ld = new LinkedDataNode(CaillouxNode.builder().port(0).dataDir(dataDir)
                .property("cailloux.base-uri", BASE).property("cailloux.sample-data", "none").build().start());
        ld.index().submit(records, ld.index().watermark() + 1);
        return ld;
    }

    /** The node's query index. */
    QueryIndex index() {
        return node.context().getBean(QueryIndex.class);
    }

    /** GET {@code path} (relative to the listening URL) with this Accept header, the body as text. */
    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(request(path, accept), HttpResponse.BodyHandlers.ofString());
    }

    /** GET {@code path} with this Accept header, the body as bytes. */
    HttpResponse<byte[]> getBytes(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(request(path, accept), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GET {@code path} with this Accept header, conditional on the entity tag not matching {@code ifNoneMatch}. */
    HttpResponse<byte[]> getIfNoneMatch(String path, String accept, String ifNoneMatch) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(request(path, accept), (name, value) -> true).header("If-None-Match", ifNoneMatch).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String path, String accept) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(node.url() + path)).GET();
        if (accept != null) {
            builder.header("Accept", accept);
        }
        return builder.build();
    }

    /** The media type of a response, without parameters. */
    static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    @Override
    public void close() {
        node.close();
    }
}
