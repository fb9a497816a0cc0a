package org.w3id.cailloux.node.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.index.QueryIndex;

/** City staff publish through the API; every format reads back as the same record; every write is a revision. */
class PublishingApiTest {

    static final String GARDENS = PublishingApiTestData.GARDENS;

    private static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(Map.of());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aJsonExperimentReadsBackTheSameInEveryFormat() throws Exception {
        HttpResponse<String> created = node.send(node.asAdmin("/api/experiments")
                .header("Content-Type", "application/json").POST(TestNode.text(GARDENS)));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("/api/experiments/jardins-partages", created.headers().firstValue("Location").orElse(""));
        assertTrue(created.headers().firstValue("ETag").isPresent());
        assertTrue(created.body().contains("\"Jardins partagés\""), created.body());

        Graph turtle = fetch("jardins-partages", "text/turtle");
        for (String type : List.of("application/n-triples", "application/ld+json", "application/rdf+xml")) {
            assertTrue(IsoMatcher.isomorphic(turtle, fetch("jardins-partages", type)), type + " differs from Turtle");
        }
        HttpResponse<String> json = node.send(node.anonymous("/api/experiments/jardins-partages").header("Accept", "application/json"));
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"participationLevel\":\"co-construction\""), json.body());
        assertTrue(json.body().contains("\"First harvest\""), json.body());
    }

    @Test
    void aPublishedExperimentIsAnsweredBySparqlAndItsJsonLdUsesThePublishedContext() throws Exception {
        String json = GARDENS.replace("jardins-partages", "ruches-communales").replace("Jardins partagés", "Ruches communales");
        assertEquals(201, node.send(node.asAdmin("/api/experiments").header("Content-Type", "application/json")
                .POST(TestNode.text(json))).statusCode());
        String query = "SELECT ?label WHERE { <" + node.node().url() + "/experiments/ruches-communales> "
                + "<https://w3id.org/cailloux/ns#theme>/<http://www.w3.org/2004/02/skos/core#prefLabel> ?label "
                + "FILTER(lang(?label) = 'fr') } ORDER BY ?label";
        HttpResponse<String> answer = node.send(node.anonymous("/sparql?query=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))
                .header("Accept", "text/csv"));
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(3, answer.body().strip().lines().count(), "the two theme labels, joined with the vocabulary: " + answer.body());

        HttpResponse<String> jsonLd = node.send(node.anonymous("/api/experiments/ruches-communales").header("Accept", "application/ld+json"));
        assertTrue(jsonLd.body().contains("\"@context\""), jsonLd.body());
        HttpResponse<String> context = node.send(node.anonymous("/context.jsonld"));
        assertEquals(200, context.statusCode());
        assertTrue(context.body().contains("\"cx\""), context.body());
    }

    @Test
    void eachRdfFormatCanBeUsedToPublish() throws Exception {
        String turtle = """
                @prefix cx: <https://w3id.org/cailloux/ns#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix adms: <http://www.w3.org/ns/adms#> .
                <experiments/FORMAT-test> a cx:Experiment ;
                  dct:title "Essai FORMAT"@fr ; dct:abstract "Publié en FORMAT."@fr ;
                  adms:status <https://w3id.org/cailloux/scheme/statuses/idea> ;
                  dct:spatial <territory> ;
                  cx:pillar <https://w3id.org/cailloux/scheme/pillars/systemic-action> ;
                  cx:theme <https://w3id.org/cailloux/scheme/themes/mobility> .
                """;
        for (String format : List.of("turtle", "ntriples", "jsonld", "rdfxml")) {
            Lang lang = switch (format) {
                case "turtle" -> Lang.TURTLE;
                case "ntriples" -> Lang.NTRIPLES;
                case "jsonld" -> Lang.JSONLD;
                default -> Lang.RDFXML;
            };
            Graph graph = RDFParser.fromString(turtle.replace("FORMAT", format), Lang.TURTLE).base(node.node().url() + "/").toGraph();
            java.io.StringWriter out = new java.io.StringWriter();
            org.apache.jena.riot.RDFDataMgr.write(out, graph, lang);
            HttpResponse<String> created = node.send(node.asAdmin("/api/experiments")
                    .header("Content-Type", lang.getHeaderString()).POST(TestNode.text(out.toString())));
            assertEquals(201, created.statusCode(), format + ": " + created.body());
            assertTrue(IsoMatcher.isomorphic(graph, fetch(format + "-test", "text/turtle")), format + " did not read back the same");
        }
    }

    @Test
    void aPutOfWhatIsAlreadyThereMakesNoNewRevision() throws Exception {
        String json = GARDENS.replace("jardins-partages", "meme-contenu");
        HttpResponse<String> created = node.send(node.asAdmin("/api/experiments").header("Content-Type", "application/json")
                .POST(TestNode.text(json)));
        assertEquals(201, created.statusCode(), created.body());
        String etag = created.headers().firstValue("ETag").orElseThrow();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> same = node.send(node.asAdmin("/api/experiments/meme-contenu")
                    .header("Content-Type", "application/json").header("If-Match", etag).PUT(TestNode.text(json)));
            assertEquals(200, same.statusCode(), same.body());
            assertEquals(etag, same.headers().firstValue("ETag").orElseThrow(), "the same version");
        }
        HttpResponse<String> revisions = node.send(node.anonymous("/api/experiments/meme-contenu/revisions"));
        assertTrue(revisions.body().contains("\"number\":1") && !revisions.body().contains("\"number\":2"), revisions.body());
        HttpResponse<String> stale = node.send(node.asAdmin("/api/experiments/meme-contenu")
                .header("Content-Type", "application/json").header("If-Match", "\"meme-contenu-r0\"").PUT(TestNode.text(json)));
        assertEquals(412, stale.statusCode(), "a stale If-Match is refused even when nothing would change: " + stale.body());
    }

    @Test
    void editsAreRevisionsThatCanBeListedRestoredDeletedAndRestoredAgain() throws Exception {
        String json = GARDENS.replace("jardins-partages", "compost-collectif").replace("Jardins partagés", "Compost collectif");
        HttpResponse<String> created = node.send(node.asAdmin("/api/experiments").header("Content-Type", "application/json")
                .POST(TestNode.text(json)));
        assertEquals(201, created.statusCode(), created.body());
        String etag = created.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> edited = node.send(node.asAdmin("/api/experiments/compost-collectif")
                .header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(TestNode.text(json.replace("Compost collectif", "Compost de quartier"))));
        assertEquals(200, edited.statusCode(), edited.body());
        assertNotEquals(etag, edited.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> revisions = node.send(node.anonymous("/api/experiments/compost-collectif/revisions"));
        assertEquals(200, revisions.statusCode());
        assertTrue(revisions.body().contains("\"number\":2") && !revisions.body().contains("\"number\":3"), revisions.body());
        assertTrue(node.send(node.anonymous("/api/experiments/compost-collectif/revisions/1").header("Accept", "application/json"))
                .body().contains("Compost collectif"));

        HttpResponse<String> restored = node.send(node.asAdmin("/api/experiments/compost-collectif/revisions/1/restore")
                .header("Accept", "application/json").POST(TestNode.text("")));
        assertEquals(200, restored.statusCode(), restored.body());
        assertTrue(restored.body().contains("Compost collectif"));
        assertEquals("3", restored.headers().firstValue("Cailloux-Revision").orElse(""));

        HttpResponse<String> deleted = node.send(node.asAdmin("/api/experiments/compost-collectif").DELETE());
        assertEquals(200, deleted.statusCode(), deleted.body());
        HttpResponse<String> gone = node.send(node.anonymous("/api/experiments/compost-collectif"));
        assertEquals(410, gone.statusCode());
        assertTrue(gone.body().contains("revisions"), "the problem says how to get it back: " + gone.body());
        assertEquals(0, countInIndex("compost-collectif"), "a deleted experiment leaves the query index");

        HttpResponse<String> back = node.send(node.asAdmin("/api/experiments/compost-collectif/revisions/3/restore")
                .header("Accept", "application/json").POST(TestNode.text("")));
        assertEquals(200, back.statusCode(), back.body());
        assertEquals(200, node.send(node.anonymous("/api/experiments/compost-collectif")).statusCode());
        assertTrue(countInIndex("compost-collectif") > 0, "a restored experiment is back in the query index");
    }

    @Test
    void draftsAreOnlyForStaffAndStayOutOfTheQueryIndex() throws Exception {
        String json = GARDENS.replace("jardins-partages", "brouillon-velo").replace("Jardins partagés", "Vélo partagé");
        HttpResponse<String> created = node.send(node.asAdmin("/api/experiments?state=draft")
                .header("Content-Type", "application/json").POST(TestNode.text(json)));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("draft", created.headers().firstValue("Cailloux-State").orElse(""));
        assertEquals(404, node.send(node.anonymous("/api/experiments/brouillon-velo")).statusCode());
        assertEquals(200, node.send(node.asAdmin("/api/experiments/brouillon-velo")).statusCode());
        assertEquals(0, countInIndex("brouillon-velo"));
        assertTrue(!node.send(node.anonymous("/api/experiments")).body().contains("brouillon-velo"));
        assertTrue(node.send(node.asAdmin("/api/experiments?state=draft")).body().contains("brouillon-velo"));

        HttpResponse<String> published = node.send(node.asAdmin("/api/experiments/brouillon-velo?state=published")
                .header("Content-Type", "application/json").PUT(TestNode.text(json)));
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(countInIndex("brouillon-velo") > 0, "published: now in the query index");
    }

    @Test
    void aBulkImportOfTurtleOrCsvPublishesEveryExperimentAndReportsEach() throws Exception {
        StringBuilder turtle = new StringBuilder("""
                @prefix cx: <https://w3id.org/cailloux/ns#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix adms: <http://www.w3.org/ns/adms#> .
                """);
        for (int i = 1; i <= 3; i++) {
            turtle.append("""
                    <experiments/lot-%d> a cx:Experiment ; dct:title "Lot %d"@fr ; dct:abstract "Importé en lot."@fr ;
                      adms:status <https://w3id.org/cailloux/scheme/statuses/running> ; dct:spatial <territory> ;
                      cx:pillar <https://w3id.org/cailloux/scheme/pillars/star-and-white-pebbles> ;
                      cx:theme <https://w3id.org/cailloux/scheme/themes/culture> .
                    """.formatted(i, i));
        }
        HttpResponse<String> imported = node.send(node.asAdmin("/api/import").header("Content-Type", "text/turtle")
                .POST(TestNode.text(turtle.toString())));
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains("\"imported\":3"), imported.body());
        assertTrue(imported.body().contains("\"slug\":\"lot-2\",\"outcome\":\"created\""), imported.body());

        HttpResponse<String> csv = node.send(node.asAdmin("/api/import?state=draft").header("Content-Type", "text/csv")
                .POST(TestNode.text("""
                        slug,title_fr,summary_fr,status,pillars,themes,start_date
                        csv-lot,Lot CSV,"Un résumé, avec une virgule",idea,citizen-involvement;systemic-action,culture,2024-05
                        lot-1,Lot 1 corrigé,Importé en lot.,running,star-and-white-pebbles,culture,
                        """)));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().contains("\"slug\":\"lot-1\",\"outcome\":\"updated\",\"revision\":2"), csv.body());
        HttpResponse<String> draft = node.send(node.asAdmin("/api/experiments/csv-lot").header("Accept", "application/json"));
        assertTrue(draft.body().contains("\"pillars\":[\"citizen-involvement\",\"systemic-action\"]")
                || draft.body().contains("systemic-action"), draft.body());
        assertTrue(draft.body().contains("Un résumé, avec une virgule"), draft.body());
    }

    @Test
    void aBearerTokenFromPostApiTokensCanWrite() throws Exception {
        HttpResponse<String> issued = node.send(node.asAdmin("/api/tokens").header("Content-Type", "application/json")
                .POST(TestNode.text("{\"label\": \"script\"}")));
        assertEquals(201, issued.statusCode(), issued.body());
        String token = issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        String json = GARDENS.replace("jardins-partages", "par-jeton");
        HttpResponse<String> created = node.send(node.anonymous("/api/experiments").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(TestNode.text(json)));
        assertEquals(201, created.statusCode(), created.body());
    }

    private static Graph fetch(String slug, String mediaType) throws Exception {
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                node.anonymous("/api/experiments/" + slug).header("Accept", mediaType).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(mediaType, response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return RDFParser.source(new ByteArrayInputStream(response.body())).lang(RDFLanguages.contentTypeToLang(mediaType)).toGraph();
    }

    static long countInIndex(String slug) {
        QueryIndex index = node.node().context().getBean(QueryIndex.class);
        String iri = node.node().url() + "/experiments/" + slug;
        return Txn.calculateRead(index.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(index.dataset())
                    .query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + iri + "> { ?s ?p ?o } }").build()) {
                RowSet rows = exec.select();
                return Long.parseLong(rows.next().get("n").getLiteralLexicalForm());
            }
        });
    }
}
