package org.w3id.cailloux.node.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;

/**
 * One hub, its staff and coordinators, through the curation API: proposals made, checked, commented and decided (never
 * by their proposer), blocking findings and conflicts refused with a problem and nothing changed, a release cut and
 * served forever at its version, with its changelog; every action in the audit trail. The tests share one hub and run
 * in order, as the workflow does.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class CurationHubTest {

    private static TestNode node;
    private static Hub hub;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(Map.of("cailloux.vocabulary.hub", "true"));
        hub = new Hub(node);
        Hub.account(node, "alice", "editor");
        Hub.account(node, "bruno", "editor");
        Hub.account(node, "cora", "coordinator");
        Hub.account(node, "dan", "coordinator");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void theHubTakesTheShippedVocabularyAsItsFirstRelease() throws Exception {
        Map<String, Object> releases = Hub.json(hub.get(null, "/vocabulary/releases"));
        assertEquals("1.0.0", releases.get("latest"));
        HttpResponse<String> turtle = node.send(node.anonymous("/vocabulary/versions/1.0.0").header("Accept", "text/turtle"));
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Cache-Control").orElse("").contains("immutable"), turtle.headers().map().toString());
        assertTrue(turtle.body().contains("owl:versionInfo") && turtle.body().contains("\"1.0.0\""), turtle.body().substring(0, 400));
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aNewConceptIsProposedCheckedCommentedAndAcceptedByAnotherCoordinator() throws Exception {
        HttpResponse<String> made = hub.post("alice", "/vocabulary/proposals", Hub.newTheme("water", "eau", "water",
                "\"broader\": [\"" + Hub.THEMES + "/biodiversity\"]"));
        assertEquals(201, made.statusCode(), made.body());
        Map<String, Object> proposal = Hub.json(made);
        long id = ((Number) proposal.get("id")).longValue();
        assertEquals(node.node().url() + "/vocabulary/proposals/" + id, made.headers().firstValue("Location").orElseThrow());
        assertEquals("submitted", proposal.get("state"));
        assertEquals(Hub.THEMES + "/water", proposal.get("candidateIri"));
        @SuppressWarnings("unchecked")
        Map<String, Object> review = (Map<String, Object>) proposal.get("review");
        assertEquals(Boolean.TRUE, review.get("acceptable"), review.toString());

        // The candidate is usable at once on the hub's own node, marked as a candidate
        HttpResponse<String> candidates = node.send(node.anonymous("/vocabulary/candidates").header("Accept", "application/n-triples"));
        assertTrue(candidates.body().contains("<" + Hub.THEMES + "/water> <http://www.w3.org/ns/adms#status> <http://purl.org/adms/status/UnderDevelopment>"),
                candidates.body());
        String page = node.send(node.anonymous("/vocabulary/scheme/themes/water")).body();
        assertTrue(page.contains("Concept candidat"), page);

        HttpResponse<String> comment = hub.post("bruno", "/vocabulary/proposals/" + id + "/comments", "{\"text\": \"Oui, pour les rivières aussi.\"}");
        assertEquals(201, comment.statusCode(), comment.body());

        HttpResponse<String> own = hub.post("alice", "/vocabulary/proposals/" + id + "/decision", "{\"decision\": \"accepted\"}");
        assertEquals(403, own.statusCode(), own.body());
        HttpResponse<String> editor = hub.post("bruno", "/vocabulary/proposals/" + id + "/decision", "{\"decision\": \"accepted\"}");
        assertEquals(403, editor.statusCode(), "an editor does not decide: " + editor.body());

        hub.decide("cora", id, "in-review", null);
        hub.decide("cora", id, "accepted", null);
        Map<String, Object> accepted = Hub.json(hub.get(null, "/vocabulary/proposals/" + id));
        assertEquals("accepted", accepted.get("state"));
        assertEquals("cora", accepted.get("decidedBy"));
        assertEquals(1, ((List<?>) accepted.get("comments")).size());
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void aChangeWithABlockingFindingCannotBeAcceptedUntilItsCheckIsAWarning() throws Exception {
        // "mobilité" is already the preferred label of themes/mobility: same-label-in-scheme
        long id = hub.propose("alice", Hub.newTheme("mobility-again", "mobilité", "mobility again", null));
        Map<String, Object> view = Hub.json(hub.get(null, "/vocabulary/proposals/" + id));
        @SuppressWarnings("unchecked")
        Map<String, Object> review = (Map<String, Object>) view.get("review");
        assertEquals(Boolean.FALSE, review.get("acceptable"), review.toString());

        HttpResponse<String> refused = hub.post("cora", "/vocabulary/proposals/" + id + "/decision", "{\"decision\": \"accepted\"}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("same-label-in-scheme") && refused.body().contains(Hub.THEMES + "/mobility-again"), refused.body());
        assertEquals("submitted", Hub.json(hub.get(null, "/vocabulary/proposals/" + id)).get("state"), "nothing changed");

        HttpResponse<String> rejected = hub.post("cora", "/vocabulary/proposals/" + id + "/decision", "{\"decision\": \"rejected\"}");
        assertEquals(400, rejected.statusCode(), "a rejection needs a reason: " + rejected.body());
        hub.decide("cora", id, "rejected", "Doublon de mobilité.");
        assertEquals("rejected", Hub.json(hub.get(null, "/vocabulary/proposals/" + id)).get("state"));
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void twoAcceptedChangesOfOneConceptConflictAndTheSecondNamesTheFirst() throws Exception {
        String relabel = "{\"kind\": \"change-texts\", \"concept\": \"" + Hub.THEMES + "/culture\", \"prefLabel\": {\"fr\": \"%s\"},"
                + " \"rationale\": \"Plus clair.\"}";
        long first = hub.propose("alice", relabel.formatted("culture et patrimoine vivant"));
        long second = hub.propose("bruno", relabel.formatted("vie culturelle"));
        hub.decide("cora", first, "accepted", null);
        HttpResponse<String> conflict = hub.post("dan", "/vocabulary/proposals/" + second + "/decision", "{\"decision\": \"accepted\"}");
        assertEquals(409, conflict.statusCode(), conflict.body());
        Map<String, Object> problem = Hub.json(conflict);
        @SuppressWarnings("unchecked")
        Map<String, Object> with = (Map<String, Object>) problem.get("conflictsWith");
        assertEquals(first, ((Number) with.get("id")).longValue(), conflict.body());
        assertEquals(List.of(Hub.THEMES + "/culture"), with.get("concepts"));
        assertEquals("submitted", Hub.json(hub.get(null, "/vocabulary/proposals/" + second)).get("state"));
        hub.decide("dan", second, "rejected", "En conflit avec la proposition " + first + ".");
    }

    @Test
    @org.junit.jupiter.api.Order(5)
    void badProposalsGetAProblemAndStoreNothing() throws Exception {
        int before = ((List<?>) Hub.json(hub.get(null, "/vocabulary/proposals")).get("proposals")).size();
        HttpResponse<String> notJson = hub.post("alice", "/vocabulary/proposals", "{not json");
        assertEquals(400, notJson.statusCode(), notJson.body());
        HttpResponse<String> anonymous = hub.post(null, "/vocabulary/proposals", Hub.newTheme("x", "x", "x", null));
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        HttpResponse<String> invalid = hub.post("alice", "/vocabulary/proposals", "{\"kind\": \"new-concept\", \"scheme\": \"nowhere\","
                + " \"slug\": \"Bad Slug\", \"prefLabel\": {\"fr\": \"\"}, \"definition\": {\"de\": \"Wasser\"}}");
        assertEquals(422, invalid.statusCode(), invalid.body());
        String errors = Hub.json(invalid).get("errors").toString();
        for (String field : List.of("scheme", "slug", "prefLabel.fr", "prefLabel.en", "definition.de", "rationale")) {
            assertTrue(errors.contains("field=" + field), field + " not reported: " + errors);
        }
        HttpResponse<String> deprecateUnknown = hub.post("alice", "/vocabulary/proposals", "{\"kind\": \"deprecate\", \"concept\": \""
                + Hub.THEMES + "/nothing\", \"rationale\": \"x\"}");
        assertEquals(422, deprecateUnknown.statusCode(), deprecateUnknown.body());
        HttpResponse<String> taken = hub.post("bruno", "/vocabulary/proposals", Hub.newTheme("water", "eau douce", "fresh water", null));
        assertEquals(422, taken.statusCode(), "the IRI is already proposed: " + taken.body());
        assertEquals(404, hub.get(null, "/vocabulary/proposals/99999").statusCode());
        assertEquals(before, ((List<?>) Hub.json(hub.get(null, "/vocabulary/proposals")).get("proposals")).size(), "nothing stored");
    }

    @Test
    @org.junit.jupiter.api.Order(6)
    void aReleaseBringsTheAcceptedChangesAtANewVersionServedForever() throws Exception {
        HttpResponse<String> tooSmall = hub.post("cora", "/vocabulary/releases", "{\"version\": \"1.0.1\"}");
        assertEquals(422, tooSmall.statusCode(), "a new concept is a minor change: " + tooSmall.body());
        HttpResponse<String> byEditor = hub.post("alice", "/vocabulary/releases", "{}");
        assertEquals(403, byEditor.statusCode(), byEditor.body());

        HttpResponse<String> released = hub.post("cora", "/vocabulary/releases", "{\"note\": \"L'eau, et la culture renommée.\"}");
        assertEquals(201, released.statusCode(), released.body());
        assertEquals("1.1.0", Hub.json(released).get("version"));
        assertTrue(released.headers().firstValue("Location").orElseThrow().endsWith("/vocabulary/versions/1.1.0"));

        Graph v110 = GraphFactory.createDefaultGraph();
        RDFParser.fromString(node.send(node.anonymous("/vocabulary/versions/1.1.0").header("Accept", "application/n-triples")).body(),
                Lang.NTRIPLES).parse(v110);
        var ontology = NodeFactory.createURI("https://w3id.org/cailloux/ns");
        assertTrue(v110.contains(ontology, OWL.versionIRI.asNode(), NodeFactory.createURI("https://w3id.org/cailloux/ns/1.1.0")));
        assertTrue(v110.contains(ontology, OWL.priorVersion.asNode(), NodeFactory.createURI("https://w3id.org/cailloux/ns/1.0.0")));
        assertTrue(v110.contains(NodeFactory.createURI(Hub.THEMES + "/water"), SKOS.broader.asNode(), NodeFactory.createURI(Hub.THEMES + "/biodiversity")));
        assertTrue(v110.contains(NodeFactory.createURI(Hub.THEMES + "/biodiversity"), SKOS.narrower.asNode(), NodeFactory.createURI(Hub.THEMES + "/water")));
        assertFalse(v110.contains(NodeFactory.createURI(Hub.THEMES + "/water"), org.w3id.cailloux.vocabulary.ADMS.status.asNode(),
                org.apache.jena.graph.Node.ANY), "released, no longer a candidate");
        for (String type : List.of("text/turtle", "application/ld+json", "application/rdf+xml", "text/html")) {
            HttpResponse<String> r = node.send(node.anonymous("/vocabulary/versions/1.1.0").header("Accept", type));
            assertEquals(200, r.statusCode(), type);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), type + " " + r.headers().map());
        }
        // 1.0.0 is still served as it was
        assertTrue(node.send(node.anonymous("/vocabulary/versions/1.0.0").header("Accept", "application/n-triples")).body()
                .contains("\"1.0.0\""));
        List<?> released2 = (List<?>) Hub.json(hub.get(null, "/vocabulary/proposals?state=released")).get("proposals");
        assertEquals(2, released2.size(), "the water concept and the culture relabel are released: " + released2);

        // The hub's own node runs it, with ETag and 304
        HttpResponse<String> current = node.send(node.anonymous("/vocabulary").header("Accept", "text/turtle"));
        assertTrue(current.body().contains("\"1.1.0\""));
        String etag = current.headers().firstValue("ETag").orElseThrow();
        assertNotNull(current.headers().firstValue("Last-Modified").orElse(null));
        assertEquals(304, node.send(node.anonymous("/vocabulary").header("Accept", "text/turtle").header("If-None-Match", etag)).statusCode());
        assertEquals("1.1.0", Hub.json(node.send(node.anonymous("/health"))).get("vocabularyVersion"));
        assertTrue(node.send(node.anonymous("/.well-known/void").header("Accept", "text/turtle")).body().contains("ns/1.1.0"));
        String description = node.send(node.anonymous("/sparql").header("Accept", "text/turtle")).body();
        assertTrue(description.contains("conformsTo") && description.contains("<https://w3id.org/cailloux/ns/1.1.0>"), description);
    }

    @Test
    @org.junit.jupiter.api.Order(7)
    void theChangelogSaysWhatChangedForPeopleAndAsDeltaGraphs() throws Exception {
        Map<String, Object> log = Hub.json(hub.get(null, "/vocabulary/changes?from=1.0.0&to=1.1.0"));
        assertEquals(List.of(Hub.THEMES + "/water"), log.get("added"));
        assertTrue(((List<?>) log.get("relabelled")).contains(Hub.THEMES + "/culture"), log.toString());
        HttpResponse<String> trig = node.send(node.anonymous("/vocabulary/changes?from=1.0.0&to=1.1.0").header("Accept", "application/trig"));
        DatasetGraph delta = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.fromString(trig.body(), Lang.TRIG).parse(delta);
        String base = node.node().url() + "/vocabulary/versions/1.1.0";
        assertTrue(delta.getGraph(NodeFactory.createURI(base + "/insertions")).contains(NodeFactory.createURI(Hub.THEMES + "/culture"),
                SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("culture et patrimoine vivant", "fr")));
        assertTrue(delta.getGraph(NodeFactory.createURI(base + "/deletions")).contains(NodeFactory.createURI(Hub.THEMES + "/culture"),
                SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("culture", "fr")));
        assertEquals(400, hub.get(null, "/vocabulary/changes?from=1.1.0&to=1.0.0").statusCode());
        String history = Hub.json(hub.get(null, "/vocabulary/scheme/themes/culture")).get("history").toString();
        assertTrue(history.contains("version=1.1.0") && history.contains("culture et patrimoine vivant"), history);
    }

    @Test
    @org.junit.jupiter.api.Order(8)
    void aDeprecationWithoutReplacementNeedsAReasonAndIsAMinorRelease() throws Exception {
        HttpResponse<String> noReason = hub.post("alice", "/vocabulary/proposals", "{\"kind\": \"deprecate\", \"concept\": \""
                + Hub.DEVICES + "/economic-devices\", \"rationale\": \"Trop vague.\"}");
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertTrue(noReason.body().contains("reason"), noReason.body());
        long id = hub.propose("alice", "{\"kind\": \"deprecate\", \"concept\": \"" + Hub.DEVICES + "/festive-gatherings\", \"replacedBy\": [\""
                + Hub.DEVICES + "/storytelling-events\"], \"rationale\": \"Les deux se confondent.\"}");
        hub.decide("cora", id, "accepted", null);
        HttpResponse<String> released = hub.post("dan", "/vocabulary/releases", "{}");
        assertEquals("1.2.0", Hub.json(released).get("version"), released.body());
    }

    @Test
    @org.junit.jupiter.api.Order(9)
    void aCoordinatorSetsASeverityAndEveryActionIsInTheAuditTrail() throws Exception {
        HttpResponse<String> byEditor = hub.send("alice", "PUT", "/vocabulary/checks/undocumented-concept", "{\"severity\": \"blocking\"}");
        assertEquals(403, byEditor.statusCode());
        HttpResponse<String> set = hub.send("cora", "PUT", "/vocabulary/checks/undocumented-concept", "{\"severity\": \"blocking\"}");
        assertEquals(200, set.statusCode(), set.body());
        assertTrue(set.body().contains("\"id\":\"undocumented-concept\",\"severity\":\"blocking\""), set.body());
        assertEquals(404, hub.send("cora", "PUT", "/vocabulary/checks/no-such-check", "{\"severity\": \"warning\"}").statusCode());
        assertEquals(401, hub.get(null, "/vocabulary/audit").statusCode());
        assertEquals(403, hub.get("alice", "/vocabulary/audit").statusCode());
        String audit = hub.get("cora", "/vocabulary/audit").body();
        for (String action : List.of("\"proposed\"", "\"commented\"", "\"in-review\"", "\"accepted\"", "\"rejected\"", "\"released\"", "\"set-severity\"")) {
            assertTrue(audit.contains("\"action\":" + action), action + " missing: " + audit);
        }
    }
}
