package org.w3id.cailloux.node.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.index.QueryIndex;

/**
 * {@code POST /api/import}: the whole file is validated at once, yet the refusal still names each
 * faulty record and field exactly; a good file is written in one go, and a slug met again gets the
 * next revision.
 */
class ImportTest {

    private static final String PREFIXES = """
            @prefix cx: <https://w3id.org/cailloux/ns#> . @prefix dct: <http://purl.org/dc/terms/> .
            @prefix adms: <http://www.w3.org/ns/adms#> . @prefix schema: <http://schema.org/> .
            @prefix prov: <http://www.w3.org/ns/prov#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            """;

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
    void aFileWithTwoFaultyRecordsNamesExactlyThoseRecordsAndFieldsAndWritesNothing() throws Exception {
        Map<String, String> file = new LinkedHashMap<>();
        for (int i = 1; i <= 6; i++) {
            file.put("refus-" + i, experiment("refus-" + i, "Expérience " + i, "100"));
        }
        file.put("refus-2", experiment("refus-2", "Expérience 2", "100").replace("dct:title \"Expérience 2\"@fr ;", ""));
        file.put("refus-5", experiment("refus-5", "Expérience 5", "-30"));
        Map<String, Long> before = counts();

        HttpResponse<String> refused = importTurtle(String.join("\n", file.values()), "fr");

        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = JSON.parse(refused.body());
        assertEquals("Import refusé : rien n'a été enregistré", problem.get("title").getAsString().value());
        assertTrue(problem.get("detail").getAsString().value().startsWith("2 expérimentation(s) sur 6"), refused.body());
        Map<String, JsonObject> report = bySlug(problem.get("records").getAsArray());
        assertEquals(file.keySet(), report.keySet(), "one entry per record of the file");
        for (String slug : file.keySet()) {
            String expected = slug.equals("refus-2") || slug.equals("refus-5") ? "invalid" : "valid";
            assertEquals(expected, report.get(slug).get("outcome").getAsString().value(), slug);
        }

        JsonObject title = onlyViolation(report.get("refus-2"));
        assertEquals("titre", title.get("field").getAsString().value());
        assertEquals("http://purl.org/dc/terms/title", title.get("path").getAsString().value());
        assertEquals("qualifiedMinCount", title.get("rule").getAsString().value());
        assertEquals("Le titre en français est obligatoire.", title.get("message").getAsString().value());
        assertEquals(iri("refus-2"), title.get("focus").getAsString().value());

        JsonObject amount = onlyViolation(report.get("refus-5"));
        assertEquals("montant", amount.get("field").getAsString().value());
        assertEquals("http://schema.org/value", amount.get("path").getAsString().value());
        assertEquals("minInclusive", amount.get("rule").getAsString().value());
        assertTrue(amount.get("value").getAsString().value().contains("-30"), refused.body());
        assertEquals("Le montant est un seul nombre positif ou nul.", amount.get("message").getAsString().value());
        assertEquals(iri("refus-5") + "#means-1", amount.get("focus").getAsString().value(), "the blank node part, named");

        assertEquals(before, counts(), "nothing written, nothing indexed");
    }

    @Test
    void theReportSpeaksEnglishOnRequest() throws Exception {
        String file = experiment("english-1", "Premier", "10") + experiment("english-2", "Deuxième", "-1");

        HttpResponse<String> refused = importTurtle(file, "en");

        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject amount = onlyViolation(bySlug(JSON.parse(refused.body()).get("records").getAsArray()).get("english-2"));
        assertEquals("amount", amount.get("field").getAsString().value());
        assertEquals("The amount is a single number, zero or more.", amount.get("message").getAsString().value());
    }

    @Test
    void aGoodFileIsWrittenAndIndexedAndImportingItAgainAddsARevisionToEach() throws Exception {
        StringBuilder file = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            file.append(experiment("lot-bon-" + i, "Bon lot " + i, String.valueOf(i * 100)));
        }
        Map<String, Long> before = counts();

        HttpResponse<String> first = importTurtle(file.toString(), "fr");

        assertEquals(200, first.statusCode(), first.body());
        Map<String, JsonObject> created = bySlug(JSON.parse(first.body()).get("records").getAsArray());
        for (JsonObject entry : created.values()) {
            assertEquals("created", entry.get("outcome").getAsString().value());
            assertEquals(1, entry.get("revision").getAsNumber().value().intValue());
            assertEquals("published", entry.get("state").getAsString().value());
        }
        assertEquals(before.get("experiments") + 4, counts().get("experiments"));
        assertTrue(quadsInIndex("lot-bon-3") > 0, "indexed");

        HttpResponse<String> again = importTurtle(file.toString().replace("Bon lot", "Lot repris"), "fr");

        assertEquals(200, again.statusCode(), again.body());
        for (JsonObject entry : bySlug(JSON.parse(again.body()).get("records").getAsArray()).values()) {
            assertEquals("updated", entry.get("outcome").getAsString().value());
            assertEquals(2, entry.get("revision").getAsNumber().value().intValue());
        }
        assertTrue(node.send(node.anonymous("/api/experiments/lot-bon-2").header("Accept", "text/turtle")).body()
                .contains("Lot repris 2"));
        assertEquals(before.get("revisions") + 8, counts().get("revisions"));
    }

    @Test
    void aSlugTwiceInOneCsvGetsTwoRevisionsInTheOrderOfTheRows() throws Exception {
        HttpResponse<String> imported = node.send(node.asAdmin("/api/import?state=draft").header("Content-Type", "text/csv")
                .POST(TestNode.text("""
                        slug,title_fr,summary_fr,status,pillars,themes
                        deux-fois,Première version,Un résumé,idea,citizen-involvement,culture
                        deux-fois,Seconde version,Un résumé,running,citizen-involvement,culture
                        """)));

        assertEquals(200, imported.statusCode(), imported.body());
        JsonArray records = JSON.parse(imported.body()).get("records").getAsArray();
        assertEquals(1, records.get(0).getAsObject().get("revision").getAsNumber().value().intValue());
        assertEquals(2, records.get(1).getAsObject().get("revision").getAsNumber().value().intValue());
        assertTrue(node.send(node.asAdmin("/api/experiments/deux-fois").header("Accept", "application/json")).body()
                .contains("Seconde version"));
    }

    private static String experiment(String slug, String title, String amount) {
        return PREFIXES + """
                <experiments/%s> a cx:Experiment ; dct:title "%s"@fr ; dct:abstract "Importé en lot."@fr ;
                  adms:status <https://w3id.org/cailloux/scheme/statuses/running> ; dct:spatial <territory> ;
                  cx:pillar <https://w3id.org/cailloux/scheme/pillars/citizen-involvement> ;
                  cx:theme <https://w3id.org/cailloux/scheme/themes/culture> ;
                  cx:meansEngaged [ cx:meansType <https://w3id.org/cailloux/scheme/means-types/budget> ;
                                    dct:description "Subvention"@fr ; schema:value %s ; schema:unitText "EUR" ] ;
                  prov:qualifiedAssociation [ prov:agent <actors/centre-social> ;
                                              prov:hadRole <https://w3id.org/cailloux/scheme/actor-roles/association> ] .
                <actors/centre-social> a foaf:Organization ; foaf:name "Centre social" .
                """.formatted(slug, title, amount);
    }

    private static HttpResponse<String> importTurtle(String turtle, String language) throws Exception {
        return node.send(node.asAdmin("/api/import").header("Content-Type", "text/turtle").header("Accept-Language", language)
                .POST(TestNode.text(turtle)));
    }

    private static String iri(String slug) {
        return node.node().url() + "/experiments/" + slug;
    }

    private static Map<String, JsonObject> bySlug(JsonArray records) {
        Map<String, JsonObject> bySlug = new LinkedHashMap<>();
        for (JsonValue record : records) {
            bySlug.put(record.getAsObject().get("slug").getAsString().value(), record.getAsObject());
        }
        return bySlug;
    }

    private static JsonObject onlyViolation(JsonObject record) {
        List<JsonValue> violations = record.get("violations").getAsArray();
        assertEquals(1, violations.size(), () -> "violations: " + violations);
        return violations.get(0).getAsObject();
    }

    private static long quadsInIndex(String slug) {
        QueryIndex index = node.node().context().getBean(QueryIndex.class);
        org.apache.jena.graph.Node graph = org.apache.jena.graph.NodeFactory.createURI(iri(slug));
        return Txn.calculateRead(index.dataset(), () -> index.dataset().getGraph(graph).size());
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>(node.node().context().getBean(ExperimentStore.class).counts());
        QueryIndex index = node.node().context().getBean(QueryIndex.class);
        counts.put("indexed quads", Txn.calculateRead(index.dataset(), () -> index.dataset().stream().count()));
        return counts;
    }
}
