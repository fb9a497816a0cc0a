package org.w3id.cailloux.node.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;

/**
 * The researchers' pages when the network holds more than a page shows and more rows than the federation
 * endpoint's result limit lets through at once: the Loos-en-Gohelle sample and 70 more experiments, on a node
 * whose result limit is 10 rows. Nothing may go missing: every figure is checked against SPARQL counts.
 */
class ResearchAtScaleTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int IMPORTED = 70;
    private static final String PREFIXES = """
            PREFIX cx: <https://w3id.org/cailloux/ns#>
            PREFIX themes: <https://w3id.org/cailloux/scheme/themes/>
            """;

    private static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(Map.of("cailloux.sample-data", "loos-en-gohelle", "cailloux.sparql.result-limit", "10"));
        StringBuilder csv = new StringBuilder("slug,title_fr,summary_fr,status,pillars,themes\n");
        for (int i = 1; i <= IMPORTED; i++) {
            csv.append("essai-%02d,Essai numéro %d,Un essai parmi d'autres,running,citizen-involvement,%s\n"
                    .formatted(i, i, i % 2 == 0 ? "culture;local-democracy" : "culture"));
        }
        node.importCsv(csv.toString());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void theResultLimitCutsAPlainFederatedAnswerButNoSearchResultIsLost() throws Exception {
        HttpResponse<String> plain = node.send(node.anonymous("/federation/sparql?query=" + URLEncoder.encode(
                PREFIXES + "SELECT ?e ?c WHERE { ?e a cx:Experiment ; cx:theme ?c }", StandardCharsets.UTF_8))
                .header("Accept", "application/sparql-results+json").timeout(TIMEOUT));
        assertEquals("true", plain.headers().firstValue("Cailloux-Result-Truncated").orElse(null),
                "the limit must bite for this test to mean anything");

        long all = count(PREFIXES + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a cx:Experiment }");
        assertEquals(13 + IMPORTED, all);
        assertEquals(all, resultCount(html("/search")));
        long democracy = count(PREFIXES + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a cx:Experiment ; cx:theme themes:local-democracy }");
        assertTrue(democracy > IMPORTED / 2, "the imported even rows carry the theme: " + democracy);
        assertEquals(democracy, resultCount(html("/search?theme=local-democracy")));
    }

    @Test
    void theSearchShowsFiftyHitsAPageAndThePagesTogetherShowEachExperimentOnce() throws Exception {
        String first = html("/search?q=essai");
        assertEquals(IMPORTED, resultCount(first));
        assertEquals(NetworkSearch.PAGE_SIZE, hits(first).size());
        assertTrue(first.contains("rel=\"next\" href=\"/search?q=essai&amp;page=2\""), first);
        assertFalse(first.contains("rel=\"prev\""), first);

        String second = html("/search?q=essai&page=2");
        assertEquals(IMPORTED - NetworkSearch.PAGE_SIZE, hits(second).size());
        assertTrue(second.contains("<ol class=\"hits\" start=\"51\">"), second);
        assertTrue(second.contains("rel=\"prev\" href=\"/search?q=essai\""), second);
        assertFalse(second.contains("rel=\"next\""), second);

        Set<String> seen = new HashSet<>();
        for (String page : List.of(first, second)) {
            for (String hit : hits(page)) {
                Matcher slug = Pattern.compile("/experiments/(essai-\\d+)\"").matcher(hit);
                assertTrue(slug.find(), hit);
                assertTrue(seen.add(slug.group(1)), "listed twice: " + slug.group(1));
            }
        }
        assertEquals(IMPORTED, seen.size());
        assertEquals(hits(second), hits(html("/search?q=essai&page=9")), "a page past the last shows the last");
    }

    @Test
    void theComparisonTableShowsFiftyExperimentsAPageAndTheCsvHoldsThemAll() throws Exception {
        long culture = count(PREFIXES + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a cx:Experiment ; cx:theme themes:culture }");
        assertTrue(culture > NetworkComparison.PAGE_SIZE, "more than a page: " + culture);

        String first = html("/compare?theme=culture");
        Matcher total = Pattern.compile("<span id=\"row-count\">(\\d+)</span>").matcher(first);
        assertTrue(total.find(), first);
        assertEquals(culture, Long.parseLong(total.group(1)));
        assertEquals(NetworkComparison.PAGE_SIZE, rows(first).size());
        assertTrue(first.contains("rel=\"next\" href=\"/compare?theme=culture&amp;page=2\""), first);

        String second = html("/compare?theme=culture&page=2");
        assertEquals(culture - NetworkComparison.PAGE_SIZE, rows(second).size());
        assertTrue(second.contains("rel=\"prev\" href=\"/compare?theme=culture\""), second);
        Set<String> seen = new HashSet<>();
        for (String page : List.of(first, second)) {
            rows(page).forEach(row -> assertTrue(seen.add(row), "listed twice: " + row));
        }
        assertEquals(culture, seen.size());

        HttpResponse<String> csv = node.send(node.anonymous("/compare.csv?table=experiments&theme=culture").timeout(TIMEOUT));
        assertEquals(200, csv.statusCode());
        assertEquals(culture, csv.body().lines().skip(1).filter(line -> !line.isBlank()).count(), "every experiment, not a page");
    }

    /** The experiment IRIs of the comparison table's rows. */
    private static List<String> rows(String page) {
        String table = page.substring(page.indexOf("<table id=\"comparison-table\">"), page.indexOf("</table>", page.indexOf("<table id=\"comparison-table\">")));
        return Pattern.compile("<th scope=\"row\"><a href=\"([^\"]+)\"").matcher(table).results().map(r -> r.group(1)).toList();
    }

    private static long count(String query) throws Exception {
        return Long.parseLong(ResearchSparql.select(node, "/sparql", query).get(0).get("n"));
    }

    private static String html(String path) throws Exception {
        HttpRequest.Builder request = node.anonymous(path).header("Accept", "text/html").timeout(TIMEOUT);
        HttpResponse<String> response = node.send(request);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    private static long resultCount(String page) {
        Matcher m = Pattern.compile("<span id=\"result-count\">(\\d+)</span>").matcher(page);
        assertTrue(m.find(), page);
        return Long.parseLong(m.group(1));
    }

    private static List<String> hits(String page) {
        return Pattern.compile("(?s)<li class=\"hit\">(.*?)</li>").matcher(page).results().map(r -> r.group(1)).toList();
    }
}
