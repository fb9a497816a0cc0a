package org.w3id.cailloux.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.database.EmbeddedDatabase;

/** The node's database: embedded and kept across restarts by default, external by configuration. */
class DatabaseTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theEmbeddedDatabaseKeepsItsDataAcrossRestarts() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "restart-");
        try (CaillouxNode node = CaillouxNode.builder().port(0).dataDir(dataDir).build().start()) {
            assertEquals(200, health(node).statusCode());
        }
        assertTrue(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION")), "cluster files under the data dir");
        try (CaillouxNode node = CaillouxNode.builder().port(0).dataDir(dataDir).build().start()) {
            assertEquals(200, health(node).statusCode());
        }
    }

    @Test
    void anExternalPostgresqlIsUsedWhenConfiguredAndGetsTheSchema() throws Exception {
        Path externalDir = Files.createTempDirectory(Path.of("target"), "external-pg-");
        try (EmbeddedDatabase external = accepting(EmbeddedDatabase.start(externalDir));
             CaillouxNode node = CaillouxNode.builder().port(0)
                     .dataDir(Files.createTempDirectory(Path.of("target"), "unused-"))
                     .externalDatabase(external.jdbcUrl(), EmbeddedDatabase.USER, "")
                     .build().start()) {
            assertEquals(200, health(node).statusCode());
            try (Connection connection = DriverManager.getConnection(external.jdbcUrl(), EmbeddedDatabase.USER, "");
                 Statement statement = connection.createStatement();
                 ResultSet tables = statement.executeQuery(
                         "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('experiment', 'experiment_revision', 'staff_user')")) {
                tables.next();
                assertEquals(3, tables.getInt(1), "Flyway created the schema in the external database");
            }
        }
    }

    private HttpResponse<String> health(CaillouxNode node) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.url() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static EmbeddedDatabase accepting(EmbeddedDatabase database) {
        database.awaitStarted();
        return database;
    }
}
