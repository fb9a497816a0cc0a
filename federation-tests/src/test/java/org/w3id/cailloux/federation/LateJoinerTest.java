package org.w3id.cailloux.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.CaillouxNode;

/**
 * A node that joins the network later appears in federated answers, its cross-city links
 * included, while no node is restarted: it registers with the network's directory, an admin
 * approves it there, and the federating node reads the approved nodes as peers.
 */
class LateJoinerTest {

    private static final String CITIES_AND_LINKS = """
            PREFIX cx: <https://w3id.org/cailloux/ns#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?city ?e ?sourceTitle WHERE {
              GRAPH ?city { ?e a cx:Experiment }
              OPTIONAL { ?e cx:inspiredBy ?source . ?source dct:title ?sourceTitle . FILTER(lang(?sourceTitle) = "fr") }
            }""";

    private final SparqlHttp http = new SparqlHttp(Duration.ofSeconds(60));
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aNodeApprovedByTheDirectoryAppearsInAnswersWithoutAnyRestart() throws InterruptedException {
        try (Network network = Case.load(Case.ROOT.resolve("graph-names-the-city-each-row-comes-from")).start(Network.builder().directory())) {
            Query query = QueryFactory.create(CITIES_AND_LINKS);
            assertAnswersAsOracle(network, query);
            CaillouxNode federator = network.federator();

            String d = network.addNode("d", Seed.file(Case.ROOT.resolveSibling("late-joiner").resolve("node-d.ttl")));
            approve(network, d);
            awaitPeer(network, d);

            SparqlHttp.Response response = http.post(network.federation(), query);
            assertEquals(200, response.status(), response::text);
            assertTrue(response.text().contains(d), "the new node's rows are in the answer");
            assertAnswersAsOracle(network, query);
            assertSame(federator, network.federator());
            assertTrue(federator.context().isRunning(), "the federating node was not restarted");
            assertFalse(network.proxy("d").requests().isEmpty(), "the new node was asked");
        }
    }

    /** An admin of the directory approves the node's registration (sent when it started). */
    private void approve(Network network, String nodeIri) throws InterruptedException {
        String decision = "{\"url\": \"" + nodeIri + "\", \"decision\": \"approved\"}";
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + Network.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(Network.base(network.directory()) + "network/nodes/decision"))
                .header("Content-Type", "application/json").header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofString(decision)).build();
        Instant until = Instant.now().plusSeconds(20);
        int status = 0;
        String body = "";
        while (Instant.now().isBefore(until)) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                body = response.body();
            } catch (IOException e) {
                body = e.toString();
            }
            if (status == 200) {
                return;
            }
            Thread.sleep(200); // the registration is sent asynchronously when the node starts
        }
        throw new AssertionError("the directory did not approve " + nodeIri + ": HTTP " + status + " " + body);
    }

    /** Waits until the federating node lists the node among its peers ({@code GET /federation/peers}). */
    private void awaitPeer(Network network, String nodeIri) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        String peers = "";
        while (Instant.now().isBefore(until)) {
            peers = http.get(Network.base(network.federator()) + "federation/peers", "application/json").text();
            if (peers.contains(nodeIri)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the federating node never listed " + nodeIri + " among its peers: " + peers);
    }

    private void assertAnswersAsOracle(Network network, Query query) {
        SparqlHttp.Response response = http.post(network.federation(), query);
        assertEquals(200, response.status(), response::text);
        Answer expected = network.oracle().answer(query);
        Answer answer = response.answer(query);
        assertTrue(answer.sameAs(expected, false), () -> "federation:\n" + network.generalise(answer.toString())
                + "\noracle:\n" + network.generalise(expected.toString()));
    }
}
