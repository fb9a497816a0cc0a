package org.w3id.cailloux.node.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;

/** The researchers' pages over plain HTTP, on a node with the Loos-en-Gohelle sample: content checked against SPARQL. */
class ResearchPagesTest {

    private static final String PREFIXES = """
            PREFIX cx: <https://w3id.org/cailloux/ns#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX themes: <https://w3id.org/cailloux/scheme/themes/>
            """;

    /** A page that fails half-rendered could otherwise leave the client waiting forever. */
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        // a configured peer that refuses connections: the home page must list it, and say it does not answer
        node = TestNode.start(Map.of("cailloux.sample-data", "loos-en-gohelle",
                "cailloux.peers.voisine.url", "http://127.0.0.1:9/"));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void theHomePageShowsTheCityItsFiguresAndThePeers() throws Exception {
        String page = html("/");
        assertTrue(page.contains("Loos-en-Gohelle"), page);
        String total = ResearchSparql.select(node, "/sparql", PREFIXES + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a cx:Experiment }")
                .get(0).get("n");
        assertEquals("13", total);
        assertTrue(page.contains("<strong id=\"experiment-count\">" + total + "</strong>"), page);
        List<Map<String, String>> localDemocracy = ResearchSparql.select(node, "/sparql", PREFIXES
                + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a cx:Experiment ; cx:theme themes:local-democracy }");
        assertTrue(page.contains("href=\"/search?theme=local-democracy\""), page);
        assertTrue(page.matches("(?s).*démocratie locale.*?<td>" + localDemocracy.get(0).get("n") + "</td>.*"), page);
        assertTrue(page.contains("voisine") && page.contains("http://127.0.0.1:9/"), "the configured peer is listed: " + page);
        assertTrue(page.contains("status-unknown") || page.contains("status-down"), page);
        for (String nav : List.of("href=\"/search\"", "href=\"/compare\"", "href=\"/query\"", "href=\"/experiments\"")) {
            assertTrue(page.contains(nav), nav);
        }
    }

    @Test
    void aKeywordSearchIgnoresCaseAndAccentsAndEachResultNamesItsCity() throws Exception {
        String page = html("/search?q=MONNAIE");
        assertTrue(page.contains("/experiments/la-manne"), page);
        assertTrue(page.contains("class=\"city-name\""), page);
        assertEquals(count(page), hits(page).size());
        for (String hit : hits(page)) {
            assertTrue(hit.contains(">Loos-en-Gohelle</a>"), "every result names its city: " + hit);
        }
        Set<String> accented = new TreeSet<>(hits(html("/search?q=r%C3%A9cit")));
        Set<String> plain = new TreeSet<>(hits(html("/search?q=recit")));
        assertFalse(accented.isEmpty());
        assertEquals(accented, plain, "récit and recit find the same experiments");
    }

    @Test
    void theSearchAndTheComparisonNameTheCityThatDidNotAnswer() throws Exception {
        for (String path : List.of("/search?q=monnaie", "/compare?theme=local-democracy")) {
            String page = html(path);
            assertTrue(page.contains("id=\"unanswered\"") && page.contains(">voisine</strong>"),
                    "the configured peer that refuses connections is named as missing on " + path + ": " + page);
            assertTrue(page.contains("/experiments/la-manne") || page.contains("comparison-table"), "the others still answer");
        }
    }

    @Test
    void themeFacetsCountTheResultsAndFilterThem() throws Exception {
        List<Map<String, String>> expected = ResearchSparql.select(node, "/sparql", PREFIXES + """
                SELECT ?e WHERE { ?e a cx:Experiment ; cx:theme themes:local-democracy }""");
        String all = html("/search");
        assertEquals(13, count(all));
        Matcher facet = Pattern.compile("data-value=\"local-democracy\">\\s*<span>[^<]+</span>\\s*<span class=\"count\">\\((\\d+)\\)")
                .matcher(all);
        assertTrue(facet.find(), all);
        assertEquals(expected.size(), Integer.parseInt(facet.group(1)));
        String filtered = html("/search?theme=local-democracy");
        assertEquals(expected.size(), count(filtered));
        for (Map<String, String> row : expected) {
            assertTrue(filtered.contains("href=\"" + row.get("e") + "\""), row.get("e"));
        }
        assertEquals(0, count(html("/search?theme=local-democracy&from=2100")));
        assertEquals(1, count(html("/search?from=1997&to=1997")), "one experiment started in 1997");
    }

    @Test
    void aComparisonListsTheThemesExperimentsAndItsCsvHasTheSameRows() throws Exception {
        List<Map<String, String>> expected = ResearchSparql.select(node, "/sparql", PREFIXES + """
                SELECT ?e ?title WHERE { ?e a cx:Experiment ; cx:theme themes:local-democracy ; dct:title ?title .
                  FILTER(lang(?title) = "fr") } ORDER BY ?title""");
        String page = html("/compare?theme=local-democracy");
        assertTrue(page.contains("id=\"comparison-table\""), page);
        assertTrue(page.contains("<span id=\"row-count\">" + expected.size() + "</span>"), page);
        assertTrue(page.contains("id=\"chart-data\"") && page.contains("echarts.min.js"), page);

        HttpResponse<String> csv = node.send(node.anonymous("/compare.csv?table=experiments&theme=local-democracy").timeout(TIMEOUT));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), csv.headers().toString());
        List<List<String>> rows = ResearchSparql.csv(csv.body());
        assertEquals(List.of("city", "city_iri", "experiment", "experiment_iri", "participation_level", "means", "effects", "lessons"),
                rows.get(0));
        assertEquals((Set<String>) expected.stream().map(r -> r.get("e")).collect(Collectors.toCollection(TreeSet<String>::new)),
                (Set<String>) rows.stream().skip(1).map(r -> r.get(3)).collect(Collectors.toCollection(TreeSet<String>::new)));
        assertTrue(rows.stream().skip(1).allMatch(r -> r.get(0).equals("Loos-en-Gohelle")));
        assertTrue(rows.stream().skip(1).anyMatch(r -> !r.get(7).isEmpty()), "lessons are listed");
    }

    @Test
    void theCountTablesAsCsvEqualTheirSparqlCounts() throws Exception {
        List<Map<String, String>> themes = ResearchSparql.select(node, "/sparql", PREFIXES + """
                SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a cx:Experiment ; cx:theme ?t } GROUP BY ?t""");
        List<List<String>> csv = ResearchSparql.csv(node.send(node.anonymous("/compare.csv?table=themes").timeout(TIMEOUT)).body());
        assertEquals(List.of("city", "city_iri", "theme", "theme_iri", "experiments"), csv.get(0));
        assertEquals((Set<String>) themes.stream().map(r -> r.get("t") + "=" + r.get("n")).collect(Collectors.toCollection(TreeSet<String>::new)),
                (Set<String>) csv.stream().skip(1).map(r -> r.get(3) + "=" + r.get(4)).collect(Collectors.toCollection(TreeSet<String>::new)));
        List<Map<String, String>> levels = ResearchSparql.select(node, "/sparql", PREFIXES + """
                SELECT ?l (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a cx:Experiment ; cx:participationLevel ?l } GROUP BY ?l""");
        List<List<String>> levelCsv = ResearchSparql.csv(node.send(node.anonymous("/compare.csv?table=levels").timeout(TIMEOUT)).body());
        assertEquals(List.of("city", "city_iri", "participation_level", "participation_level_iri", "experiments"), levelCsv.get(0));
        assertEquals((Set<String>) levels.stream().map(r -> r.get("l") + "=" + r.get("n")).collect(Collectors.toCollection(TreeSet<String>::new)),
                (Set<String>) levelCsv.stream().skip(1).map(r -> r.get(3) + "=" + r.get(4)).collect(Collectors.toCollection(TreeSet<String>::new)));
    }

    @Test
    void theQueryPageListsEveryExampleAndServesYasguiFromItsWebJar() throws Exception {
        String page = html("/query");
        for (ExampleQueries.Example example : new ExampleQueries().all()) {
            assertTrue(page.contains("data-example=\"" + example.id() + "\""), example.id());
            assertFalse(example.titleFr().equals(example.id()) || example.titleEn().equals(example.id()),
                    "every example has a French and an English title: " + example.id());
        }
        Matcher script = Pattern.compile("src=\"(/webjars/zazuko__yasgui/[^\"]+/yasgui\\.min\\.js)\"").matcher(page);
        assertTrue(script.find(), page);
        HttpResponse<String> js = node.send(node.anonymous(script.group(1)).timeout(TIMEOUT));
        assertEquals(200, js.statusCode());
        assertTrue(js.body().length() > 100_000);
        Matcher echarts = Pattern.compile("src=\"(/webjars/echarts/[^\"]+)\"").matcher(html("/compare"));
        assertTrue(echarts.find());
        assertEquals(200, node.send(node.anonymous(echarts.group(1)).timeout(TIMEOUT)).statusCode());
    }

    @Test
    void theExperimentPageHasARelatedExperimentsSectionThatSaysTheOnlyPeerDidNotAnswer() throws Exception {
        String page = html("/experiments/la-manne");
        assertTrue(page.contains("id=\"elsewhere\""), page);
        String elsewhere = page.substring(page.indexOf("id=\"elsewhere\""));
        assertTrue(elsewhere.contains("Le réseau n’a pas pu être interrogé"), "the configured peer refuses connections: " + elsewhere);
        assertTrue(page.contains("id=\"milestones\"") || page.contains("id=\"downloads\""), page);
    }

    private static String html(String path) throws Exception {
        HttpResponse<String> response = node.send(node.anonymous(path).header("Accept", "text/html").timeout(TIMEOUT));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    private static int count(String page) {
        Matcher m = Pattern.compile("<span id=\"result-count\">(\\d+)</span>").matcher(page);
        assertTrue(m.find(), page);
        return Integer.parseInt(m.group(1));
    }

    private static List<String> hits(String page) {
        return Pattern.compile("(?s)<li class=\"hit\">(.*?)</li>").matcher(page).results().map(r -> r.group(1)).toList();
    }
}
