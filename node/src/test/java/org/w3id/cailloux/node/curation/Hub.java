package org.w3id.cailloux.node.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.w3id.cailloux.node.TestNode;

/** A test's view of a hub: its accounts and JSON calls to its curation API. */
final class Hub {

    static final String PASSWORD = "a-long-enough-password";
    static final JsonMapper JSON = JsonMapper.createDefault();
    static final String THEMES = "https://w3id.org/cailloux/scheme/themes";
    static final String DEVICES = "https://w3id.org/cailloux/scheme/devices";

    private final TestNode node;

    Hub(TestNode node) {
        this.node = node;
    }

    TestNode node() {
        return node;
    }

    /** Creates a staff account with this role on the node. */
    static void account(TestNode node, String username, String role) throws Exception {
        HttpResponse<String> created = node.send(node.asAdmin("/api/staff").header("Content-Type", "application/json")
                .POST(TestNode.text("{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\", \"role\": \"" + role + "\"}")));
        assertEquals(201, created.statusCode(), created.body());
    }

    /** Sends JSON as {@code user} (null: no credentials). */
    HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        var request = node.anonymous(path).header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", TestNode.basic(user, PASSWORD));
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, TestNode.text(body));
        } else {
            request.method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
        }
        return node.send(request);
    }

    HttpResponse<String> get(String user, String path) throws Exception {
        return send(user, "GET", path, null);
    }

    HttpResponse<String> post(String user, String path, String body) throws Exception {
        return send(user, "POST", path, body);
    }

    /** Makes a proposal as {@code user}; anything but 201 fails the test; returns its id. */
    long propose(String user, String body) throws Exception {
        HttpResponse<String> made = post(user, "/vocabulary/proposals", body);
        assertEquals(201, made.statusCode(), made.body());
        return ((Number) json(made).get("id")).longValue();
    }

    /** A coordinator's decision; anything but 200 fails the test. */
    void decide(String coordinator, long id, String decision, String reason) throws Exception {
        HttpResponse<String> decided = post(coordinator, "/vocabulary/proposals/" + id + "/decision",
                "{\"decision\": \"" + decision + "\"" + (reason == null ? "" : ", \"reason\": \"" + reason + "\"") + "}");
        assertEquals(200, decided.statusCode(), decided.body());
    }

    static Map<String, Object> json(HttpResponse<String> response) throws Exception {
        return JSON.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    /** A new theme proposal's JSON. */
    static String newTheme(String slug, String fr, String en, String extra) {
        return "{\"kind\": \"new-concept\", \"scheme\": \"themes\", \"slug\": \"" + slug + "\","
                + " \"prefLabel\": {\"fr\": \"" + fr + "\", \"en\": \"" + en + "\"},"
                + " \"definition\": {\"fr\": \"La définition de " + fr + ".\", \"en\": \"The definition of " + en + ".\"},"
                + " \"rationale\": \"Plusieurs villes en parlent.\"" + (extra == null ? "" : ", " + extra) + "}";
    }
}
