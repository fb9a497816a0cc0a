package org.w3id.cailloux.node.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;

/** Nodes register with the directory; once an admin approves one, the others see it as a peer without restarting. */
class DirectoryTest {

    @Test
    void anApprovedNodeBecomesAPeerOfTheOthersWithoutRestart() throws Exception {
        try (TestNode directory = TestNode.start(Map.of("cailloux.directory-mode", "true", "cailloux.city", "Réseau (annuaire)"))) {
            String directoryUrl = directory.node().url() + "/";
            Map<String, Object> member = Map.of("cailloux.directory", directoryUrl, "cailloux.directory-refresh", "1s",
                    "cailloux.peers-check", "1s");
            try (TestNode newcomer = TestNode.start(merge(member, "cailloux.city", "Ville-Exemple-A (données d'exemple)"));
                 TestNode federating = TestNode.start(merge(member, "cailloux.city", "Ville-Exemple-B (données d'exemple)"))) {
                String newcomerUrl = newcomer.node().url() + "/";
                waitUntil(() -> directory.send(directory.asAdmin("/network/nodes?state=pending")).body().contains(newcomerUrl));
                assertTrue(!directory.send(directory.anonymous("/network/nodes")).body().contains(newcomerUrl),
                        "not listed before an admin approves it");
                assertTrue(!federating.send(federating.anonymous("/federation/peers")).body().contains(newcomerUrl),
                        "not a peer before approval");

                HttpResponse<String> refused = directory.send(directory.anonymous("/network/nodes/decision")
                        .header("Content-Type", "application/json").POST(TestNode.text("{\"url\": \"" + newcomerUrl + "\"}")));
                assertEquals(401, refused.statusCode(), "only an admin approves");
                HttpResponse<String> approved = directory.send(directory.asAdmin("/network/nodes/decision")
                        .header("Content-Type", "application/json").POST(TestNode.text("{\"url\": \"" + newcomerUrl + "\"}")));
                assertEquals(200, approved.statusCode(), approved.body());

                waitUntil(() -> federating.send(federating.anonymous("/federation/peers")).body().contains("\"status\":\"up\""));
                String peers = federating.send(federating.anonymous("/federation/peers")).body();
                assertTrue(peers.contains(newcomerUrl) && peers.contains("\"origin\":\"directory\""), peers);
                assertTrue(peers.contains("Ville-Exemple-A (données d'exemple)") && peers.contains("\"vocabularyVersion\":\"1.0.0\""), peers);
            }
        }
    }

    @Test
    void aConfiguredPeerThatIsDownIsShownDownWithTheReason() throws Exception {
        try (TestNode node = TestNode.start(Map.of("cailloux.peers.nowhere.url", "http://127.0.0.1:9/", "cailloux.peers-check", "1s"))) {
            waitUntil(() -> node.send(node.anonymous("/federation/peers")).body().contains("\"status\":\"down\""));
            String peers = node.send(node.anonymous("/federation/peers")).body();
            assertTrue(peers.contains("\"name\":\"nowhere\"") && peers.contains("\"lastError\":\"health check"), peers);
        }
    }

    @Test
    void aNodeThatIsNotADirectoryHasNoNetworkNodes() throws Exception {
        try (TestNode node = TestNode.start(Map.of())) {
            assertEquals(404, node.send(node.anonymous("/network/nodes")).statusCode());
        }
    }

    private static Map<String, Object> merge(Map<String, Object> base, String key, Object value) {
        Map<String, Object> all = new java.util.HashMap<>(base);
        all.put(key, value);
        return all;
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Check check) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!check.holds()) {
            assertTrue(Instant.now().isBefore(deadline), "condition not met within 20 s");
            Thread.sleep(200);
        }
    }
}
