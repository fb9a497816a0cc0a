package org.w3id.cailloux.node.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.publishing.PublishingApiTestData;

/**
 * A hub (also the network's directory) and two city nodes, each a real node over loopback: a city's staff propose
 * a concept from their node, a coordinator on the hub reviews and accepts it, a release is cut, the other city takes
 * it up within the minute and tags an experiment with the new concept, which a federated query finds. A deprecation,
 * released, is migrated on the city as a new revision that its history can undo; usage counts add up.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CurationNetworkTest {

    private static final String DEVICES = "https://w3id.org/cailloux/scheme/devices/";
    private static final String WATER = Hub.THEMES + "/water-management";

    private static TestNode hubNode;
    private static TestNode a;
    private static TestNode b;
    private static Hub hub;

    @BeforeAll
    static void start() throws Exception {
        hubNode = TestNode.start(Map.of("cailloux.vocabulary.hub", "true", "cailloux.directory-mode", "true",
                "cailloux.city", "Réseau (hub)", "cailloux.directory-refresh", "1s", "cailloux.peers-check", "1s"));
        hub = new Hub(hubNode);
        Hub.account(hubNode, "cora", "coordinator");
        Map<String, Object> member = new HashMap<>(Map.of("cailloux.directory", hubNode.node().url() + "/",
                "cailloux.directory-refresh", "1s", "cailloux.peers-check", "1s"));
        member.put("cailloux.city", "Ville-A");
        a = TestNode.start(member);
        member.put("cailloux.city", "Ville-B");
        b = TestNode.start(member);
        for (TestNode city : List.of(a, b)) {
            Hub.account(city, "agent", "editor");
            String url = city.node().url() + "/";
            waitUntil(() -> hubNode.send(hubNode.asAdmin("/network/nodes?state=pending")).body().contains(url));
            HttpResponse<String> approved = hubNode.send(hubNode.asAdmin("/network/nodes/decision").header("Content-Type", "application/json")
                    .POST(TestNode.text("{\"url\": \"" + url + "\", \"decision\": \"approved\"}")));
            assertEquals(200, approved.statusCode(), approved.body());
        }
        HttpResponse<String> published = send(b, "POST", "/api/experiments", PublishingApiTestData.GARDENS);
        assertEquals(201, published.statusCode(), published.body());
    }

    @AfterAll
    static void stop() {
        for (TestNode n : new TestNode[] {a, b, hubNode}) {
            if (n != null) {
                n.close();
            }
        }
    }

    @Test
    @Order(1)
    void aCityProposesAConceptAndUsesItsCandidateAtOnce() throws Exception {
        HttpResponse<String> refusedOnHub = send(a, "POST", "/api/vocabulary/proposals", "{\"kind\": \"new-concept\"}");
        assertEquals(422, refusedOnHub.statusCode(), "the hub's problem, passed on: " + refusedOnHub.body());
        assertTrue(refusedOnHub.body().contains("\"errors\""), refusedOnHub.body());

        HttpResponse<String> made = send(a, "POST", "/api/vocabulary/proposals", Hub.newTheme("water-management", "gestion de l'eau",
                "water management", "\"broader\": [\"" + Hub.THEMES + "/biodiversity\"]"));
        assertEquals(201, made.statusCode(), made.body());
        Map<String, Object> proposal = Hub.json(made);
        assertEquals("agent", proposal.get("proposer"));
        assertEquals(a.node().url() + "/", proposal.get("proposerNode"), "made in the name of node A");
        assertEquals(WATER, proposal.get("candidateIri"));

        // A takes up the candidate from the hub's feed and accepts data tagged with it, marked as a candidate
        waitUntil(() -> a.send(a.anonymous("/vocabulary").header("Accept", "application/n-triples")).body().contains("<" + WATER + ">"));
        String tagged = PublishingApiTestData.GARDENS.replace("jardins-partages", "jardins-de-pluie")
                .replace("\"themes\": [\"food-system\", \"biodiversity\"]", "\"themes\": [\"food-system\", \"water-management\"]");
        HttpResponse<String> usingCandidate = send(a, "POST", "/api/experiments", tagged);
        assertEquals(201, usingCandidate.statusCode(), usingCandidate.body());
        assertTrue(a.send(a.anonymous("/vocabulary/scheme/themes/water-management")).body().contains("Concept candidat"));

        List<?> mine = (List<?>) Hub.json(send(a, "GET", "/api/vocabulary/proposals", null)).get("proposals");
        assertEquals(1, mine.size(), mine.toString());
    }

    @Test
    @Order(2)
    void aCoordinatorReviewsCommentsAcceptsAndReleasesAndTheOtherCityTakesItUp() throws Exception {
        long id = onlyProposal();
        Map<String, Object> view = Hub.json(hub.get(null, "/vocabulary/proposals/" + id));
        assertEquals(Boolean.TRUE, ((Map<?, ?>) view.get("review")).get("acceptable"), view.toString());
        HttpResponse<String> comment = hub.post("cora", "/vocabulary/proposals/" + id + "/comments", "{\"text\": \"Bienvenue.\"}");
        assertEquals(201, comment.statusCode(), comment.body());
        HttpResponse<String> cityComment = send(b, "POST", "/api/vocabulary/proposals/" + id + "/comments", "{\"text\": \"Nous aussi.\"}");
        assertEquals(201, cityComment.statusCode(), cityComment.body());
        hub.decide("cora", id, "accepted", null);
        HttpResponse<String> released = hub.post("cora", "/vocabulary/releases", "{\"note\": \"La gestion de l'eau.\"}");
        assertEquals(201, released.statusCode(), released.body());

        Instant sent = Instant.now();
        waitUntil(() -> "1.1.0".equals(Hub.json(b.send(b.anonymous("/health"))).get("vocabularyVersion")));
        assertTrue(Duration.between(sent, Instant.now()).compareTo(Duration.ofMinutes(1)) < 0);
        assertTrue(b.send(b.anonymous("/.well-known/void").header("Accept", "text/turtle")).body().contains("ns/1.1.0"));
        waitUntil(() -> a.send(a.anonymous("/federation/peers")).body().contains("\"vocabularyVersion\":\"1.1.0\""));

        String tagged = PublishingApiTestData.GARDENS.replace("\"themes\": [\"food-system\", \"biodiversity\"]",
                "\"themes\": [\"food-system\", \"water-management\"]");
        HttpResponse<String> retagged = send(b, "PUT", "/api/experiments/jardins-partages", tagged);
        assertEquals(200, retagged.statusCode(), retagged.body());
        String query = "PREFIX cx: <https://w3id.org/cailloux/ns#> SELECT ?e WHERE { ?e cx:theme <" + WATER + "> } ORDER BY ?e";
        String rows = a.send(a.anonymous("/federation/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .header("Accept", "text/csv").header("Cache-Control", "no-cache")).body();
        String explain = a.send(a.anonymous("/federation/explain?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).body();
        assertTrue(rows.contains(b.node().url() + "/experiments/jardins-partages"), rows + "\n" + explain);
        assertTrue(rows.contains(a.node().url() + "/experiments/jardins-de-pluie"), rows + "\n" + explain);
    }

    @Test
    @Order(3)
    void aDeprecationIsFoundAcrossVersionsThenMigratedAsARevisionThatCanBeUndone() throws Exception {
        HttpResponse<String> made = send(a, "POST", "/api/vocabulary/proposals", "{\"kind\": \"deprecate\", \"concept\": \""
                + DEVICES + "festive-gatherings\", \"replacedBy\": [\"" + DEVICES + "storytelling-events\"], \"rationale\": \"Un seul dispositif.\"}");
        assertEquals(201, made.statusCode(), made.body());
        long id = ((Number) Hub.json(made).get("id")).longValue();
        Map<String, Object> impact = Hub.json(hub.get(null, "/vocabulary/proposals/" + id + "/impact"));
        assertTrue(impact.toString().contains(b.node().url() + "/experiments/jardins-partages"), "the impact names B's experiment: " + impact);
        hub.decide("cora", id, "accepted", null);
        assertEquals(201, hub.post("cora", "/vocabulary/releases", "{}").statusCode());
        waitUntil(() -> "1.2.0".equals(Hub.json(b.send(b.anonymous("/health"))).get("vocabularyVersion")));

        // Before B migrates, a query for the replacement finds B's data tagged with the concept it replaced
        String query = "PREFIX cx: <https://w3id.org/cailloux/ns#> PREFIX dct: <http://purl.org/dc/terms/>"
                + " SELECT ?e WHERE { ?e cx:device ?d . ?d dct:isReplacedBy* <" + DEVICES + "storytelling-events> }";
        waitUntil(() -> a.send(a.anonymous("/health")).body().contains("\"vocabularyVersion\":\"1.2.0\""));
        String rows = a.send(a.anonymous("/federation/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .header("Accept", "text/csv").header("Cache-Control", "no-cache")).body();
        assertTrue(rows.contains(b.node().url() + "/experiments/jardins-partages"), rows);

        Map<String, Object> pending = Hub.json(send(b, "GET", "/api/vocabulary/migrations", null));
        assertTrue(pending.toString().contains("jardins-partages") && pending.toString().contains(DEVICES + "storytelling-events"), pending.toString());
        HttpResponse<String> migrated = send(b, "POST", "/api/vocabulary/migrations", "{\"all\": \"one-to-one\"}");
        assertEquals(200, migrated.statusCode(), migrated.body());
        String record = b.send(b.anonymous("/experiments/jardins-partages").header("Accept", "application/n-triples")).body();
        assertTrue(record.contains("<" + DEVICES + "storytelling-events>") && !record.contains("<" + DEVICES + "festive-gatherings>"), record);
        String revisions = send(b, "GET", "/api/experiments/jardins-partages/revisions", null).body();
        assertTrue(revisions.contains("\"author\":\"agent\""), revisions);
        assertEquals(List.of(), Hub.json(send(b, "GET", "/api/vocabulary/migrations", null)).get("pending"), "nothing left to migrate");

        // Reverting the migration's revision restores the old concept
        Map<String, Object> history = Hub.json(send(b, "GET", "/api/experiments/jardins-partages/revisions", null));
        List<?> all = (List<?>) history.get("revisions");
        int beforeMigration = all.size() - 1;
        HttpResponse<String> restored = send(b, "POST", "/api/experiments/jardins-partages/revisions/" + beforeMigration + "/restore", "");
        assertEquals(200, restored.statusCode(), restored.body());
        assertTrue(b.send(b.anonymous("/experiments/jardins-partages").header("Accept", "application/n-triples")).body()
                .contains("<" + DEVICES + "festive-gatherings>"));
    }

    @Test
    @Order(4)
    void usageAcrossTheNetworkIsTheSumOfEachNodesOwnCount() throws Exception {
        String concept = Hub.THEMES + "/food-system";
        long total = ((Number) ((Map<?, ?>) Hub.json(hub.get(null, "/vocabulary/scheme/themes/food-system")).get("usage"))
                .get("experiments")).longValue();
        long sum = 0;
        for (TestNode n : List.of(hubNode, a, b)) {
            String count = "PREFIX cx: <https://w3id.org/cailloux/ns#> SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a cx:Experiment ."
                    + " { ?e ?p <" + concept + "> } UNION { ?e ?q ?s . ?s ?p <" + concept + "> } }";
            String csv = n.send(n.anonymous("/sparql?query=" + URLEncoder.encode(count, StandardCharsets.UTF_8)).header("Accept", "text/csv")).body();
            sum += Long.parseLong(csv.lines().skip(1).findFirst().orElse("0").strip());
        }
        assertEquals(sum, total);
        assertTrue(total >= 2, "both cities' gardens use food-system: " + total);
        Map<String, Object> report = Hub.json(hub.get(null, "/vocabulary/usage"));
        Map<?, ?> themes = ((List<?>) report.get("schemes")).stream().map(m -> (Map<?, ?>) m)
                .filter(m -> m.get("scheme").equals(Hub.THEMES)).findFirst().orElseThrow();
        Map<?, ?> food = ((List<?>) themes.get("concepts")).stream().map(m -> (Map<?, ?>) m)
                .filter(m -> m.get("concept").equals(concept)).findFirst().orElseThrow();
        assertEquals(total, ((Number) food.get("experiments")).longValue(), "the report counts as the concept page");
        assertTrue(((List<?>) themes.get("mostUsed")).stream().anyMatch(m -> ((Map<?, ?>) m).get("concept").equals(concept)), themes.toString());
        assertTrue(((List<?>) themes.get("unused")).stream().anyMatch(m -> ((Map<?, ?>) m).get("concept").equals(Hub.THEMES + "/mobility")),
                "no city uses mobility: " + themes.get("unused"));
    }

    @Test
    @Order(5)
    void aNodeCutOffFromTheHubKeepsItsVersionAndSaysWhich() throws Exception {
        hubNode.close();
        hubNode = null;
        waitUntil(() -> Hub.json(a.send(a.anonymous("/health"))).get("vocabularyHub") instanceof Map<?, ?> s
                && Boolean.FALSE.equals(s.get("connected")));
        Map<String, Object> health = Hub.json(a.send(a.anonymous("/health")));
        assertEquals("1.2.0", health.get("vocabularyVersion"));
        assertEquals(201, send(a, "POST", "/api/experiments", PublishingApiTestData.GARDENS.replace("jardins-partages", "jardins-hors-ligne"))
                .statusCode(), "publishing goes on with the version it has");
        HttpResponse<String> propose = send(a, "POST", "/api/vocabulary/proposals", Hub.newTheme("x", "x", "x", null));
        assertEquals(502, propose.statusCode(), propose.body());
        assertTrue(propose.body().contains("hub"), propose.body());
    }

    private static long onlyProposal() throws Exception {
        List<?> all = (List<?>) Hub.json(hub.get(null, "/vocabulary/proposals")).get("proposals");
        return ((Number) ((Map<?, ?>) all.get(0)).get("id")).longValue();
    }

    private static HttpResponse<String> send(TestNode node, String method, String path, String body) throws Exception {
        var request = node.anonymous(path).header("Authorization", TestNode.basic("agent", Hub.PASSWORD)).header("Accept", "application/json");
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, TestNode.text(body));
        }
        return node.send(request);
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Check check) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!check.holds()) {
            assertTrue(Instant.now().isBefore(deadline), "condition not met within 30 s");
            Thread.sleep(100);
        }
    }
}
