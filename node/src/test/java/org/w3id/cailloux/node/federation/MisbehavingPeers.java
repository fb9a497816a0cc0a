package org.w3id.cailloux.node.federation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server playing broken peers, one per path prefix: {@code /garbage/}, {@code /huge/},
 * {@code /slow/}, {@code /error/}. Each answers source-selection questions properly ("yes, I may match") and
 * its data requests badly; {@code /.well-known/void} is 404 for them. {@code /described/} is well-behaved
 * and publishes a VoID description saying its data has only people and their names. Requests to each
 * peer's {@code /sparql} are counted.
 */
final class MisbehavingPeers implements AutoCloseable {

    /** Bytes the huge peer sends, streamed without Content-Length. */
    static final int HUGE_BYTES = 400_000;
    /** How long the slow peer takes to answer a data request. */
    static final int SLOW_MILLIS = 15_000;

    private static final String VOID = """
            @prefix void: <http://rdfs.org/ns/void#> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            <#dataset> a void:Dataset ;
                void:classPartition [ void:class foaf:Person ] ;
                void:propertyPartition [ void:property foaf:name ] .
            """;

    private final Map<String, AtomicInteger> sparqlRequests = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "misbehaving-peer");
        t.setDaemon(true);
        return t;
    });

    MisbehavingPeers() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** The base URL of the peer playing {@code kind}. */
    String url(String kind) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + kind + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String kind = path.split("/")[1];
            if (kind.equals("described") && path.endsWith("/.well-known/void")) {
                send(exchange, "text/turtle", VOID);
                return;
            }
            if (!path.endsWith("/sparql")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            sparqlRequests.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            if (!body.contains("CONSTRUCT")) {
                answerYes(exchange, body);
                return;
            }
            switch (kind) {
                case "garbage" -> send(exchange, "application/n-triples", "<<< this is not N-Triples at all >>>");
                case "huge" -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/n-triples");
                    exchange.sendResponseHeaders(200, 0);
                    byte[] line = "<http://ex/s> <http://ex/p> \"padding padding padding padding padding\" .\n".getBytes(StandardCharsets.UTF_8);
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (int sent = 0; sent < HUGE_BYTES; sent += line.length) {
                            out.write(line);
                        }
                    } catch (IOException cancelled) {
                        // the federation hung up at its cap, as it should
                    }
                }
                case "slow" -> {
                    try {
                        Thread.sleep(SLOW_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    send(exchange, "application/n-triples", "");
                }
                case "described" -> send(exchange, "application/n-triples", "");
                default -> exchange.sendResponseHeaders(500, -1);
            }
        }
    }

    /** How many requests the peer playing {@code kind} got on its {@code /sparql}. */
    int sparqlRequests(String kind) {
        return sparqlRequests.getOrDefault(kind, new AtomicInteger()).get();
    }

    /** One row binding every {@code ?aN} of the question to true. */
    private static void answerYes(HttpExchange exchange, String question) throws IOException {
        int count = question.split(" AS \\?a", -1).length - 1;
        StringBuilder vars = new StringBuilder();
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < count; i++) {
            vars.append(i == 0 ? "" : ",").append("\"a").append(i).append('"');
            row.append(i == 0 ? "" : ",").append("\"a").append(i)
                    .append("\":{\"type\":\"literal\",\"value\":\"true\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#boolean\"}");
        }
        send(exchange, "application/sparql-results+json",
                "{\"head\":{\"vars\":[" + vars + "]},\"results\":{\"bindings\":[{" + row + "}]}}");
    }

    private static void send(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
