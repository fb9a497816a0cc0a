package org.w3id.cailloux.node.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;

/**
 * The index of published experiments at {@code /experiments} and the territory's page when a node publishes
 * more than a page holds: the Loos-en-Gohelle sample and 230 more. Every experiment is on exactly one page,
 * in title order, and the count matches what SPARQL counts.
 */
class ExperimentIndexTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int IMPORTED = 230;
    private static final int TOTAL = 13 + IMPORTED;

    private static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(Map.of("cailloux.sample-data", "loos-en-gohelle"));
        StringBuilder csv = new StringBuilder("slug,title_fr,summary_fr,status,pillars,themes\n");
        for (int i = 1; i <= IMPORTED; i++) {
            csv.append("essai-%03d,Essai numéro %03d,Un essai parmi d'autres,running,citizen-involvement,culture\n".formatted(i, i));
        }
        node.importCsv(csv.toString());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void thePagesTogetherListEachPublishedExperimentOnceInTitleOrder() throws Exception {
        JsonObject first = json("/experiments");
        assertEquals(TOTAL, first.get("total").getAsNumber().value().intValue());
        assertEquals(3, first.get("pages").getAsNumber().value().intValue());
        assertEquals(1, first.get("page").getAsNumber().value().intValue());
        assertEquals(node.uri("/experiments?page=2").toString(), text(first, "next"));
        assertNull(text(first, "previous"));

        List<String> titles = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (int page = 1; page <= 3; page++) {
            JsonObject body = json("/experiments?page=" + page);
            List<JsonValue> experiments = body.get("experiments").getAsArray();
            assertEquals(page < 3 ? PublishedData.INDEX_PAGE_SIZE : TOTAL - 2 * PublishedData.INDEX_PAGE_SIZE, experiments.size());
            for (JsonValue e : experiments) {
                assertTrue(slugs.add(e.getAsObject().get("slug").getAsString().value()), "listed twice: " + e);
                titles.add(e.getAsObject().get("title").getAsString().value());
            }
        }
        assertEquals(TOTAL, slugs.size());
        assertTrue(slugs.contains("la-manne") && slugs.contains("essai-230"));
        List<String> sorted = new ArrayList<>(titles);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, titles, "by French title across the pages");

        JsonObject last = json("/experiments?page=3");
        assertNull(text(last, "next"));
        assertEquals(node.uri("/experiments?page=2").toString(), text(last, "previous"));
        assertEquals(last, json("/experiments?page=40"), "a page past the last gives the last");
        assertEquals(first, json("/experiments?page=zero"), "a page that is not a number gives the first");
    }

    @Test
    void theCountIsWhatSparqlCounts() throws Exception {
        HttpResponse<String> counted = node.send(node.anonymous("/sparql?query=" + java.net.URLEncoder.encode(
                "PREFIX cx: <https://w3id.org/cailloux/ns#> SELECT (COUNT(?e) AS ?n) WHERE { GRAPH ?e { ?e a cx:Experiment } }",
                java.nio.charset.StandardCharsets.UTF_8)).header("Accept", "text/csv").timeout(TIMEOUT));
        assertEquals(200, counted.statusCode(), counted.body());
        assertEquals(Integer.toString(TOTAL), counted.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void theHtmlIndexShowsAPageWithItsPager() throws Exception {
        String second = html("/experiments?page=2");
        assertTrue(second.contains("<span id=\"total\">" + TOTAL + "</span>"), second);
        assertTrue(second.contains("<span id=\"page\">2</span> sur <span id=\"pages\">3</span>"), second);
        assertEquals(PublishedData.INDEX_PAGE_SIZE, Pattern.compile("<li><a href=\"[^\"]*/experiments/").matcher(second).results().count());
        assertTrue(second.contains("rel=\"prev\" href=\"" + node.uri("/experiments?page=1") + "\""), second);
        assertTrue(second.contains("rel=\"next\" href=\"" + node.uri("/experiments?page=3") + "\""), second);
    }

    @Test
    void theTerritoryPageListsTheFirstExperimentsAndLinksToAllOfThem() throws Exception {
        String territory = html("/territory");
        assertEquals(TerritoryController.TERRITORY_EXPERIMENTS,
                Pattern.compile("<li><a href=\"[^\"]*/experiments/").matcher(territory).results().count());
        assertTrue(territory.contains("id=\"all-experiments\" href=\"" + node.uri("/experiments") + "\""), territory);
        assertTrue(territory.contains(Integer.toString(TOTAL)), territory);
        assertFalse(territory.contains("essai-230"), "the last by title is on the index, not here");
    }

    private static JsonObject json(String path) throws Exception {
        HttpResponse<String> response = node.send(node.anonymous(path).header("Accept", "application/json").timeout(TIMEOUT));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.parse(response.body());
    }

    private static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value == null || value.isNull() ? null : value.getAsString().value();
    }

    private static String html(String path) throws Exception {
        HttpResponse<String> response = node.send(node.anonymous(path).header("Accept", "text/html").timeout(TIMEOUT));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
