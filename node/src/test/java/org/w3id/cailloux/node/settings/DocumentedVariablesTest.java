package org.w3id.cailloux.node.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.EnvironmentNode;
import org.w3id.cailloux.node.database.EmbeddedDatabase;

/**
 * Every variable of the README's settings table, set in the environment of a node started as {@code ./cailloux run}
 * starts it, and what it does seen from outside: a test property would not go through Micronaut's mapping of one
 * variable to several property names ({@code CAILLOUX_DIRECTORY_MODE} is also {@code cailloux.directory.mode}, which
 * once made {@code cailloux.directory} look set and stopped the directory's node from starting).
 */
class DocumentedVariablesTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final String SPARQL_JSON = "application/sparql-results+json";

    @Test
    void aCityNodeTakesEverySettingFromItsEnvironment() throws Exception {
        List<String> registrations = new CopyOnWriteArrayList<>();
        HttpServer directory = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        directory.createContext("/network/nodes", exchange -> {
            if (exchange.getRequestMethod().equals("POST")) {
                registrations.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(202, -1);
            } else {
                byte[] nodes = "{\"nodes\": [{\"url\": \"http://127.0.0.1:9/\", \"city\": \"Ville-Annuaire\"}]}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, nodes.length);
                exchange.getResponseBody().write(nodes);
            }
            exchange.close();
        });
        directory.start();
        String directoryUrl = "http://127.0.0.1:" + directory.getAddress().getPort() + "/";
        Path externalDir = Files.createTempDirectory(Path.of("target"), "env-external-pg-");
        try (EmbeddedDatabase external = EmbeddedDatabase.start(externalDir)) {
            external.awaitStarted();
            try (EnvironmentNode node = EnvironmentNode.start(Map.ofEntries(
                    Map.entry("CAILLOUX_CITY", "Villeneuve-des-Essais"),
                    Map.entry("CAILLOUX_BASE_URI", "https://essais.example.org/"),
                    Map.entry("DATASOURCES_DEFAULT_URL", external.jdbcUrl()),
                    Map.entry("DATASOURCES_DEFAULT_USERNAME", EmbeddedDatabase.USER),
                    Map.entry("DATASOURCES_DEFAULT_PASSWORD", ""),
                    Map.entry("CAILLOUX_SAMPLE_DATA", "loos-en-gohelle"),
                    Map.entry("CAILLOUX_PEERS_ALPHA_URL", "http://127.0.0.1:7/"),
                    Map.entry("CAILLOUX_DIRECTORY", directoryUrl),
                    Map.entry("CAILLOUX_SPARQL_TIMEOUT", "2s"),
                    Map.entry("CAILLOUX_SPARQL_RESULT_LIMIT", "7")))) {
                Map<String, Object> health = json(node.get("/health", "application/json", false));
                assertEquals("Villeneuve-des-Essais", health.get("city"), "CAILLOUX_CITY");
                assertTrue(node.get("/.well-known/void", "text/turtle", false).body().contains("https://essais.example.org/"), "CAILLOUX_BASE_URI");

                // DATASOURCES_DEFAULT_*: the external database holds the sample data, the data folder no cluster
                try (Connection connection = DriverManager.getConnection(external.jdbcUrl(), EmbeddedDatabase.USER, "");
                     Statement statement = connection.createStatement();
                     ResultSet count = statement.executeQuery("SELECT count(*) FROM experiment")) {
                    count.next();
                    assertTrue(count.getInt(1) > 0, "CAILLOUX_SAMPLE_DATA published into the external database");
                }
                assertTrue(Files.isDirectory(node.dataDir.resolve("index")), "CAILLOUX_DATA_DIR holds the query index");
                assertFalse(Files.exists(node.dataDir.resolve("postgres")), "no embedded PostgreSQL beside an external one");

                assertEquals(200, node.get("/api/staff", "application/json", true).statusCode(), "CAILLOUX_ADMIN_PASSWORD");

                // CAILLOUX_PEERS_ALPHA_URL, and CAILLOUX_DIRECTORY: registered there and its approved node taken as a peer
                awaitPeer(node, "http://127.0.0.1:9/");
                String peers = node.get("/federation/peers", "application/json", false).body();
                assertTrue(peers.contains("http://127.0.0.1:7/"), peers);
                assertTrue(registrations.stream().anyMatch(r -> r.contains("https://essais.example.org/")), registrations.toString());
                assertEquals(directoryUrl, ((Map<?, ?>) health.get("vocabularyHub")).get("hub"), "the hub defaults to the directory");

                // CAILLOUX_SPARQL_RESULT_LIMIT and CAILLOUX_SPARQL_TIMEOUT
                HttpResponse<String> cut = node.get("/sparql?query=" + encode("SELECT * { ?s ?p ?o }"), SPARQL_JSON, false);
                assertEquals("true", cut.headers().firstValue("Cailloux-Result-Truncated").orElse(null), cut.headers().toString());
                assertEquals(7, ((List<?>) ((Map<?, ?>) json(cut).get("results")).get("bindings")).size());
                HttpResponse<String> slow = node.get("/sparql?query=" + encode("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i ."
                        + " ?j ?k ?l FILTER(STRLEN(CONCAT(STR(?c), STR(?f), STR(?i), STR(?l))) < 0) }"), SPARQL_JSON, false);
                assertEquals(503, slow.statusCode(), slow.body());
                assertTrue(slow.body().contains("2000 ms"), slow.body());
            }
        } finally {
            directory.stop(0);
        }
    }

    @Test
    void theDirectorysNodeStartsFromItsEnvironmentAndFollowsTheHubItNames() throws Exception {
        try (EnvironmentNode node = EnvironmentNode.start(Map.of("CAILLOUX_DIRECTORY_MODE", "true",
                "CAILLOUX_VOCABULARY_HUB_URL", "http://127.0.0.1:9"))) {
            HttpResponse<String> nodes = node.get("/network/nodes", "application/json", false);
            assertEquals(200, nodes.statusCode(), nodes.body());
            assertTrue(json(nodes).get("nodes") instanceof List<?>, nodes.body());
            Map<String, Object> health = json(node.get("/health", "application/json", false));
            Map<?, ?> hub = (Map<?, ?>) health.get("vocabularyHub");
            assertEquals("http://127.0.0.1:9/", hub.get("hub"), health.toString());
            assertEquals(Boolean.FALSE, hub.get("connected"));
            assertEquals("1.0.0", health.get("vocabularyVersion"), "it keeps the vocabulary it has");
            assertFalse(node.output().contains("Failed to inject"), node.output());
        }
    }

    @Test
    void aNodeIsTheVocabularyHubWhenItsEnvironmentSaysSo() throws Exception {
        try (EnvironmentNode node = EnvironmentNode.start(Map.of("CAILLOUX_VOCABULARY_HUB", "true"))) {
            Map<String, Object> releases = json(node.get("/vocabulary/releases", "application/json", false));
            assertEquals("1.0.0", releases.get("latest"), releases.toString());
        }
    }

    private static void awaitPeer(EnvironmentNode node, String url) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String peers = "";
        while (System.nanoTime() < deadline) {
            peers = node.get("/federation/peers", "application/json", false).body();
            if (peers.contains(url)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the directory's approved node " + url + " is not a peer: " + peers);
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> json(HttpResponse<String> response) throws Exception {
        return JSON.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }
}
