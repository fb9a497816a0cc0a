package org.w3id.cailloux.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/**
 * A federated query asked again is answered whole from before, without asking the nodes again, while their data
 * does not change (each node's change feed says so); a change published on a node is in the answers at once (within
 * a network delay), that node alone asked again, and a node that stops is named failed as soon as its feed ends, not answered for from what it said before.
 * {@code Cache-Control: no-cache} asks every node again.
 */
class PeerAnswerCacheTest {

    private static final Query CITIES = QueryFactory.create("""
            PREFIX cx: <https://w3id.org/cailloux/ns#>
            SELECT ?city ?e WHERE { GRAPH ?city { ?e a cx:Experiment } }""");
    private static final Case CASE = Case.load(Case.ROOT.resolve("graph-names-the-city-each-row-comes-from"));
    /** How soon after a write is acknowledged it is in the federated answers: a network delay, with room for a loaded machine. */
    private static final Duration CHANGE_SEEN = Duration.ofMillis(500);
    /** Three heartbeats of the feeds, and room for a loaded machine. */
    private static final Duration FEED_SILENCE = Duration.ofSeconds(10);

    private final SparqlHttp http = new SparqlHttp(Duration.ofSeconds(30));
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aQueryAskedAgainIsAnsweredWithoutAskingTheNodesWhileTheirDataIsUnchanged() {
        try (Network network = CASE.start(Network.builder())) {
            askUntil(network, everyNode(network, "cached"));
            network.resetCounts();
            SparqlHttp.Response again = http.post(network.federation(), CITIES);
            assertTrue(again.header("Server-Timing").startsWith("cache;"), "the whole answer was kept: " + again.header("Server-Timing"));
            Map<String, Map<String, String>> sources = answersAsOracle(network, network.names());
            assertEquals(Map.of("a", 0L, "b", 0L, "c", 0L), network.sparqlRequests(), "no node was asked");
            for (String name : network.names()) {
                Map<String, String> node = sources.get(network.iri(name));
                assertEquals("answered", node.get("status"), name);
                assertEquals("0", node.get("data"), name);
                assertTrue(Integer.parseInt(node.get("cached")) >= 1, name + ": " + node);
            }

            SparqlHttp.Response fresh = http.postFresh(network.federation(), CITIES);
            assertEquals(200, fresh.status(), fresh::text);
            assertTrue(fresh.answer(CITIES).sameAs(network.oracle().answer(CITIES), false), "every city's rows");
            Map<String, Map<String, String>> asked = SourcesHeader.parse(fresh.header(SourcesHeader.NAME));
            assertTrue(asked.values().stream().noneMatch(p -> p.containsKey("cached")), "no-cache: " + asked);
            network.sparqlRequests().forEach((name, requests) -> assertTrue(requests >= 1, name + " was asked again on no-cache"));
        }
    }

    /**
     * The node sends its change before it acknowledges the write, but the federating node reads it one network delay
     * later: a query that arrives in between may still get the answer of just before. Past {@link #CHANGE_SEEN}, never.
     */
    @Test
    void aChangePublishedOnANodeIsInTheAnswersAtOnce() throws IOException, InterruptedException {
        try (Network network = CASE.start(Network.builder())) {
            askUntil(network, everyNode(network, "cached"));
            for (int i = 1; i <= 5; i++) {
                String slug = "nouvelle-experience-" + i;
                publish(network, "b", slug);
                Instant published = Instant.now();
                String iri = network.iri("b") + "experiments/" + slug;
                SparqlHttp.Response response = http.post(network.federation(), CITIES);
                while (!response.text().contains(iri) && Instant.now().isBefore(published.plus(CHANGE_SEEN))) {
                    response = http.post(network.federation(), CITIES);
                }
                assertTrue(response.text().contains(iri), slug + " within " + CHANGE_SEEN);
                assertTrue(response.answer(CITIES).sameAs(network.oracle().answer(CITIES), false), "every city's rows, " + slug + " with them");
                Map<String, Map<String, String>> sources = SourcesHeader.parse(response.header(SourcesHeader.NAME));
                assertFalse(sources.get(network.iri("b")).containsKey("cached"), "b was asked again: " + sources);
                for (String unchanged : List.of("a", "c")) {
                    Map<String, String> node = sources.get(network.iri(unchanged));
                    assertEquals("0", node.get("data"), unchanged + " was not asked again: " + sources);
                    assertTrue(node.containsKey("cached"), unchanged + "'s answer was kept: " + sources);
                }
            }
        }
    }

    /** The federating node's own part is read after its acknowledged writes: no delay there, the very next answer. */
    @Test
    void aWriteOnTheFederatingNodeItselfIsInItsVeryNextAnswer() throws IOException, InterruptedException {
        try (Network network = CASE.start(Network.builder())) {
            askUntil(network, everyNode(network, "cached"));
            String base = Network.base(network.federator());
            for (int i = 1; i <= 5; i++) {
                String slug = "experience-du-reseau-" + i;
                publish(base, slug);
                SparqlHttp.Response response = http.post(network.federation(), CITIES);
                assertEquals(200, response.status(), response::text);
                assertTrue(response.text().contains(base + "experiments/" + slug), slug + " in the very next answer");
            }
        }
    }

    @Test
    void aStoppedNodeIsNamedFailedOnceItsFeedEndsNotAnsweredForFromBefore() {
        try (Network network = CASE.start(Network.builder())) {
            askUntil(network, everyNode(network, "cached"));
            network.node("c").close();
            String c = network.iri("c");
            askUntil(network, sources -> "failed".equals(sources.get(c).get("status")));
            answersAsOracle(network, List.of("a", "b"));
        }
    }

    /** Its requests to the nodes may be kept (they do not call NOW()), but not its answer: each gives the time it was asked. */
    @Test
    void aQueryWhoseAnswerChangesWithoutTheDataIsComputedEveryTime() throws InterruptedException {
        Query now = QueryFactory.create("""
                PREFIX cx: <https://w3id.org/cailloux/ns#>
                SELECT ?city ?e (NOW() AS ?asked) WHERE { GRAPH ?city { ?e a cx:Experiment } }""");
        try (Network network = CASE.start(Network.builder())) {
            askUntil(network, everyNode(network, "cached"));
            Set<String> times = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                SparqlHttp.Response response = http.post(network.federation(), now);
                assertEquals(200, response.status(), response::text);
                assertFalse(response.header("Server-Timing").startsWith("cache;"), "computed: " + response.header("Server-Timing"));
                assertEquals(network.oracle().answer(CITIES).size(), response.answer(now).size(), "one row per experiment");
                Matcher asked = Pattern.compile("\"asked\":\\s*\\{[^}]*\"value\":\\s*\"([^\"]+)\"").matcher(response.text());
                assertTrue(asked.find(), response.text());
                times.add(asked.group(1));
                Thread.sleep(5);
            }
            assertEquals(3, times.size(), "each answer has the time it was asked: " + times);
        }
    }

    @Test
    void withTheCacheOffEveryQueryAsksTheNodes() {
        try (Network network = CASE.start(Network.builder().federatorProperty("cailloux.federation.answer-cache-bytes", 0))) {
            for (int i = 0; i < 3; i++) {
                network.resetCounts();
                Map<String, Map<String, String>> sources = answersAsOracle(network, network.names());
                assertTrue(sources.values().stream().noneMatch(p -> p.containsKey("cached")), sources.toString());
                network.sparqlRequests().forEach((name, requests) -> assertTrue(requests >= 1, name + " was asked"));
            }
        }
    }

    /** Asks the query until Cailloux-Sources satisfies {@code done} (the feeds open on the first query). */
    private void askUntil(Network network, Predicate<Map<String, Map<String, String>>> done) {
        Instant until = Instant.now().plus(FEED_SILENCE);
        Map<String, Map<String, String>> sources = Map.of();
        while (Instant.now().isBefore(until)) {
            SparqlHttp.Response response = http.post(network.federation(), CITIES);
            assertEquals(200, response.status(), response::text);
            sources = SourcesHeader.parse(response.header(SourcesHeader.NAME));
            if (done.test(sources)) {
                return;
            }
        }
        throw new AssertionError("not reached within " + FEED_SILENCE + ": " + network.generalise(sources.toString()));
    }

    private static Predicate<Map<String, Map<String, String>>> everyNode(Network network, String parameter) {
        return sources -> network.names().stream().allMatch(n -> sources.get(network.iri(n)).containsKey(parameter));
    }

    /** Asserts the answer is 200 with the rows of these nodes only; returns Cailloux-Sources. */
    private Map<String, Map<String, String>> answersAsOracle(Network network, List<String> nodes) {
        SparqlHttp.Response response = http.post(network.federation(), CITIES);
        assertEquals(200, response.status(), response::text);
        Answer answer = response.answer(CITIES);
        assertTrue(answer.size() > 0, "the case has rows");
        assertTrue(answer.sameAs(network.oracle(nodes).answer(CITIES), false), "the rows of " + nodes);
        return SourcesHeader.parse(response.header(SourcesHeader.NAME));
    }

    /** An editor publishes an experiment on the named node (straight to it, not through its proxy). */
    private void publish(Network network, String name, String slug) throws IOException, InterruptedException {
        publish(Network.base(network.node(name)), slug);
    }

    /** An editor publishes an experiment on the node at {@code base}. */
    private void publish(String base, String slug) throws IOException, InterruptedException {
        String json = """
                {"slug": "%s", "title": {"fr": "Nouvelle expérience (exemple)"}, "summary": {"fr": "Données d'exemple."}, "status": "running",
                 "pillars": ["citizen-involvement"], "themes": ["mobility"], "participationLevel": "co-construction"}"""
                .formatted(slug);
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + Network.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "api/experiments"))
                .header("Content-Type", "application/json").header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
    }
}
