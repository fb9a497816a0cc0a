package org.w3id.cailloux.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/** The node's publishing API as a script would use it: a bearer token, bulk import, one-by-one publish. */
final class NodeClient {

    private final HttpClient http;
    private final URI node;

    NodeClient(HttpClient http, URI node) {
        this.http = http;
        this.node = node;
    }

    /** A bearer token for {@code user}, from {@code POST /api/tokens} with HTTP Basic. */
    String token(String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(node.resolve("/api/tokens"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"benchmark\"}")).build(), "POST /api/tokens");
        JsonObject body = JSON.parse(response.body());
        return body.get("token").getAsString().value();
    }

    /** Imports a Turtle file of many experiments, published; returns how many the node reports imported. */
    int importTurtle(Path file, String token) {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(node.resolve("/api/import?state=published"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/turtle")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), "POST /api/import " + file.getFileName());
            return JSON.parse(response.body()).get("imported").getAsNumber().value().intValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Publishes one experiment in its JSON form. */
    void publish(String json, String token) {
        send(HttpRequest.newBuilder(node.resolve("/api/experiments"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), "POST /api/experiments");
    }

    /** How many experiments {@code /sparql} sees; the node answers once its index has every acknowledged write. */
    int experimentsQueryable() {
        String query = "SELECT (COUNT(*) AS ?n) { ?e a <https://w3id.org/cailloux/ns#Experiment> }";
        HttpResponse<String> response = send(HttpRequest.newBuilder(node.resolve("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                "POST /sparql");
        return Integer.parseInt(JSON.parse(response.body()).getObj("results").get("bindings").getAsArray().get(0).getAsObject()
                .getObj("n").get("value").getAsString().value());
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                String body = response.body();
                throw new IllegalStateException(what + " answered " + response.statusCode() + ": "
                        + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(what + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        }
    }
}
