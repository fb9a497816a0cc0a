package org.w3id.cailloux.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.CaillouxNode;

/** Several real nodes in one JVM, each with its own port and its own PostgreSQL, as the federation needs. */
class SeveralNodesTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void threeNodesRunSideBySideEachWithItsOwnDatabaseAndCity() throws Exception {
        try (CaillouxNode loos = start("Loos-en-Gohelle");
             CaillouxNode sampleA = start("Ville-Exemple-A (sample)");
             CaillouxNode sampleB = start("Ville-Exemple-B (sample)")) {
            assertNotEquals(loos.url(), sampleA.url());
            assertNotEquals(sampleA.url(), sampleB.url());
            for (CaillouxNode node : new CaillouxNode[] {loos, sampleA, sampleB}) {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(node.url() + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode());
                assertTrue(health.body().contains("\"database\":\"UP\""), health.body());
            }
            HttpResponse<String> city = http.send(HttpRequest.newBuilder(URI.create(sampleB.url() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(city.body().contains("Ville-Exemple-B (sample)"), city.body());
        }
    }

    private static CaillouxNode start(String city) throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "node-");
        return CaillouxNode.builder().port(0).dataDir(dataDir).property("cailloux.city", city).build().start();
    }
}
