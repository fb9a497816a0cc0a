package org.w3id.cailloux.node.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.cailloux.node.federation.FederationNetwork.iri;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.peers.PeerRegistry;

/**
 * A federating node whose peers are one healthy node, one stopped node, and peers that answer garbage, too
 * much, too late or with an error: the answer still comes within the deadline, with the healthy nodes' rows,
 * and names every peer left out and why.
 */
class FederationFaultsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(4);
    private static final String JSON = "application/sparql-results+json";
    private static final String EXPERIMENTS = FederatedQueryTest.PREFIXES
            + "SELECT ?city ?e ?title WHERE { GRAPH ?city { ?e a cx:Experiment ; dct:title ?title } }";

    private static MisbehavingPeers broken;
    private static TestNode healthy;
    private static TestNode stopped;
    private static TestNode federating;
    private static DatasetGraph oracle;

    @BeforeAll
    static void start() throws Exception {
        broken = new MisbehavingPeers();
        healthy = FederationNetwork.start("ville-exemple-b.ttl", Map.of(), Map.of());
        stopped = TestNode.start(Map.of());
        Map<String, Object> peers = new LinkedHashMap<>();
        peers.put("cailloux.peers.healthy.url", healthy.node().url().toString());
        peers.put("cailloux.peers.stopped.url", stopped.node().url().toString());
        for (String kind : List.of("garbage", "huge", "slow", "error", "described")) {
            peers.put("cailloux.peers." + kind + ".url", broken.url(kind));
        }
        peers.put("cailloux.federation.timeout", DEADLINE.toMillis() + "ms");
        peers.put("cailloux.federation.peer-timeout", "2s");
        peers.put("cailloux.federation.max-response-bytes", "100000");
        federating = FederationNetwork.start("ville-exemple-a.ttl", Map.of("node-b", healthy), peers);
        stopped.stop();
        oracle = FederationNetwork.oracle(federating, healthy);
    }

    @AfterAll
    static void stop() {
        federating.close();
        healthy.close();
        broken.close();
    }

    @Test
    void failingPeersAreLeftOutAndNamedAndTheRestAnswersWithinTheDeadline() throws Exception {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = FederationNetwork.get(federating, "/federation/sparql", EXPERIMENTS, JSON);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(200, response.statusCode(), () -> FederationNetwork.text(response));
        assertTrue(took.compareTo(DEADLINE.plusSeconds(2)) < 0, "answered in " + took);

        ResultSetRewindable expected = FederationNetwork.oracleSelect(oracle, EXPERIMENTS);
        assertTrue(expected.size() > 0);
        assertTrue(ResultsCompare.equalsByTerm(expected, FederationNetwork.rows(response)), "the healthy nodes' rows, each once");

        String sources = response.headers().firstValue(SourcesHeader.SOURCES).orElseThrow();
        assertEquals("5", response.headers().firstValue(SourcesHeader.FAILED).orElseThrow(), sources);
        assertTrue(sources.contains(item(iri(federating), "answered")), sources);
        assertTrue(sources.contains(item(iri(healthy), "answered")), sources);
        assertFailed(sources, iri(stopped), "connection refused");
        assertFailed(sources, broken.url("garbage"), "unreadable answer");
        assertFailed(sources, broken.url("huge"), "answer larger than 100000 bytes");
        assertFailed(sources, broken.url("slow"), "no answer within");
        assertFailed(sources, broken.url("error"), "HTTP 500");
    }

    @Test
    void thePeerRegistryRecordsWhoAnsweredAndWhoFailed() throws Exception {
        FederationNetwork.get(federating, "/federation/sparql", EXPERIMENTS, JSON);
        PeerRegistry registry = federating.node().context().getBean(PeerRegistry.class);
        assertEquals("up", registry.status(registry.byUrl(URI.create(iri(healthy))).orElseThrow()).state());
        for (String url : List.of(iri(stopped), broken.url("garbage"), broken.url("huge"), broken.url("error"))) {
            assertEquals("down", registry.status(registry.byUrl(URI.create(url)).orElseThrow()).state(), url);
        }
    }

    @Test
    void serviceSilentToADeadPeerGivesOneEmptyRowAndServiceWithoutSilentAProblem() throws Exception {
        String pattern = "{ ?e a cx:Experiment } SERVICE %s <" + iri(stopped) + "sparql> { ?s ?p ?o }";
        String silent = FederatedQueryTest.PREFIXES + "SELECT ?e WHERE { " + pattern.formatted("SILENT") + " }";
        HttpResponse<byte[]> response = FederationNetwork.get(federating, "/federation/sparql", silent, JSON);
        assertEquals(200, response.statusCode(), () -> FederationNetwork.text(response));
        ResultSetRewindable expected = FederationNetwork.oracleSelect(oracle, FederatedQueryTest.PREFIXES + "SELECT ?e WHERE { ?e a cx:Experiment }");
        assertTrue(ResultsCompare.equalsByTerm(expected, FederationNetwork.rows(response)));

        String loud = FederatedQueryTest.PREFIXES + "SELECT ?e WHERE { " + pattern.formatted("") + " }";
        HttpResponse<byte[]> failed = FederationNetwork.get(federating, "/federation/sparql", loud, JSON);
        assertEquals(502, failed.statusCode());
        assertTrue(FederationNetwork.text(failed).contains(iri(stopped)), FederationNetwork.text(failed));
    }

    @Test
    void aPeerWhoseVoidListsNothingTheQueryUsesIsNeitherAskedNorFetched() throws Exception {
        HttpResponse<byte[]> response = FederationNetwork.get(federating, "/federation/sparql", EXPERIMENTS, JSON);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue(SourcesHeader.SOURCES).orElseThrow()
                .contains(item(broken.url("described"), "unneeded")));
        assertEquals(0, broken.sparqlRequests("described"));
        String explain = FederationNetwork.text(FederationNetwork.get(federating, "/federation/explain", EXPERIMENTS, "application/json"));
        assertTrue(explain.contains("VoID lists no class <https://w3id.org/cailloux/ns#Experiment>"), explain);

        String people = "SELECT ?name WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?name }";
        HttpResponse<byte[]> asked = FederationNetwork.get(federating, "/federation/sparql", people, JSON);
        assertEquals(200, asked.statusCode());
        assertEquals(1, broken.sparqlRequests("described"), "VoID allows it: fetched without an ASK first");
    }

    private static String item(String iri, String status) {
        return "\"" + iri + "\";status=" + status;
    }

    private static void assertFailed(String sources, String iri, String reason) {
        int at = sources.indexOf(item(iri, "failed"));
        assertTrue(at >= 0, iri + " failed in " + sources);
        int end = sources.indexOf(", \"", at);
        String entry = sources.substring(at, end < 0 ? sources.length() : end);
        assertTrue(entry.contains("reason=\"" + reason), entry);
    }
}
