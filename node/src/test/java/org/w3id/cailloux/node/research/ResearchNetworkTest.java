package org.w3id.cailloux.node.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.publishing.PublishingApiTestData;

/**
 * Two cities: Loos-en-Gohelle (the sample) and a second node, Grande-Synthe, with one local currency. From
 * Loos's pages, search, comparison and related experiments span both, and every row names its city.
 */
class ResearchNetworkTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static TestNode loos;
    private static TestNode synthe;

    @BeforeAll
    static void start() throws Exception {
        synthe = TestNode.start(Map.of("cailloux.city", "Grande-Synthe"));
        HttpResponse<String> created = synthe.send(synthe.asAdmin("/api/experiments").timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(TestNode.text(ResearchTestData.CURRENCY)));
        assertEquals(201, created.statusCode(), created.body());
        loos = TestNode.start(Map.of("cailloux.sample-data", "loos-en-gohelle",
                "cailloux.peers.grande-synthe.url", synthe.node().url().toString()));
    }

    @AfterAll
    static void stop() {
        if (loos != null) {
            loos.close();
        }
        if (synthe != null) {
            synthe.close();
        }
    }

    @Test
    void aSearchFindsBothCitiesExperimentsAndNamesEachCity() throws Exception {
        String page = until("/search?q=monnaie", p -> p.contains(">Grande-Synthe</a>"));
        List<String> hits = Pattern.compile("(?s)<li class=\"hit\">(.*?)</li>").matcher(page).results().map(r -> r.group(1)).toList();
        assertTrue(hits.stream().anyMatch(h -> h.contains("/experiments/la-manne") && h.contains(">Loos-en-Gohelle</a>")), page);
        assertTrue(hits.stream().anyMatch(h -> h.contains(synthe.node().url() + "/experiments/monnaie-solidaire")
                && h.contains(">Grande-Synthe</a>")), page);
        String only = html("/search?city=" + URLEncoder.encode(synthe.node().url() + "/", StandardCharsets.UTF_8));
        assertTrue(only.contains("<span id=\"result-count\">1</span>"), only);
    }

    @Test
    void theExperimentPageListsTheOtherCitysExperimentWithTheSameDevice() throws Exception {
        String page = until("/experiments/la-manne", p -> p.contains("monnaie-solidaire"));
        String elsewhere = page.substring(page.indexOf("id=\"elsewhere\""));
        assertTrue(elsewhere.contains(synthe.node().url() + "/experiments/monnaie-solidaire"), elsewhere);
        assertTrue(elsewhere.contains("Grande-Synthe"), elsewhere);
        assertTrue(elsewhere.contains("monnaie locale"), "the shared device is named: " + elsewhere);
    }

    @Test
    void theComparisonCsvHasBothCitiesRowsAsTheFederatedSparqlSays() throws Exception {
        until("/search", p -> p.contains(">Grande-Synthe</a>"));
        List<Map<String, String>> expected = ResearchSparql.select(loos, "/federation/sparql", """
                PREFIX cx: <https://w3id.org/cailloux/ns#>
                SELECT ?city ?e WHERE { GRAPH ?city { ?e a cx:Experiment ; cx:theme <https://w3id.org/cailloux/scheme/themes/local-democracy> } }""");
        HttpResponse<String> csv = loos.send(loos.anonymous("/compare.csv?theme=local-democracy").timeout(TIMEOUT));
        assertEquals(200, csv.statusCode());
        List<List<String>> rows = ResearchSparql.csv(csv.body());
        assertEquals((Set<String>) expected.stream().map(r -> r.get("city") + " " + r.get("e")).collect(Collectors.toCollection(TreeSet<String>::new)),
                (Set<String>) rows.stream().skip(1).map(r -> r.get(1) + " " + r.get(3)).collect(Collectors.toCollection(TreeSet<String>::new)));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Grande-Synthe") && r.get(4).equals("co-décision")), csv.body());
        List<List<String>> levels = ResearchSparql.csv(loos.send(loos.anonymous("/compare.csv?table=levels").timeout(TIMEOUT)).body());
        assertFalse(levels.stream().filter(r -> r.get(0).equals("Grande-Synthe")).toList().isEmpty(), "levels per city: " + levels);
    }

    @Test
    void theHomePageShowsThePeerAndItsStatus() throws Exception {
        String page = until("/", p -> p.contains("status-up"));
        assertTrue(page.contains("grande-synthe") && page.contains("Grande-Synthe"), page);
    }

    @Test
    void anExperimentTheOtherCityPublishesIsFoundByTheNextSearch() throws Exception {
        until("/search?q=monnaie", p -> p.contains(">Grande-Synthe</a>")); // the network's catalogue is read, and kept
        String bicycles = ResearchTestData.CURRENCY.replace("monnaie-solidaire", "velorution")
                .replace("Une monnaie solidaire pour les services entre habitants", "Vélorution des écoles");
        HttpResponse<String> created = synthe.send(synthe.asAdmin("/api/experiments").timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(TestNode.text(bicycles)));
        assertEquals(201, created.statusCode(), created.body());

        String page = html("/search?q=velorution");
        assertTrue(page.contains(synthe.node().url() + "/experiments/velorution"), "the kept catalogue is read again: " + page);
    }

    /** The page once {@code ready} holds: the peer monitor learns the other city's name within seconds. */
    @Test
    void aWriteReReadsOnlyTheCatalogueOfTheCityThatWroteIt() throws Exception {
        until("/search", p -> p.contains(">Grande-Synthe</a>"));
        double asked = sparqlRequests(synthe);
        HttpResponse<String> created = loos.send(loos.asAdmin("/api/experiments").timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(TestNode.text(PublishingApiTestData.GARDENS.replace("jardins-partages", "atelier-velo")
                        .replace("Jardins partagés", "Atelier vélo solidaire"))));
        assertEquals(201, created.statusCode(), created.body());
        String page = html("/search?q=" + URLEncoder.encode("atelier vélo", StandardCharsets.UTF_8));
        assertTrue(page.contains("/experiments/atelier-velo"), "a write here is in the next search: " + page);
        assertEquals(asked, sparqlRequests(synthe), "and Grande-Synthe's part was not asked again");
        assertTrue(html("/search").contains(">Grande-Synthe</a>"), "its experiments are still there");
        HttpResponse<String> renamed = loos.send(loos.asAdmin("/api/experiments/atelier-velo").timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("If-Match", created.headers().firstValue("ETag").orElseThrow())
                .PUT(TestNode.text(PublishingApiTestData.GARDENS.replace("jardins-partages", "atelier-velo")
                        .replace("Jardins partagés", "Vélo-école du quartier"))));
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertTrue(html("/search?q=" + URLEncoder.encode("vélo-école", StandardCharsets.UTF_8)).contains("/experiments/atelier-velo"),
                "an edit is in the next search");
        assertFalse(html("/search?q=" + URLEncoder.encode("atelier vélo", StandardCharsets.UTF_8)).contains("/experiments/atelier-velo"),
                "and its old title is not");
        HttpResponse<String> deleted = loos.send(loos.asAdmin("/api/experiments/atelier-velo").timeout(TIMEOUT)
                .header("If-Match", renamed.headers().firstValue("ETag").orElseThrow()).DELETE());
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertFalse(html("/search").contains("/experiments/atelier-velo"), "a deleted experiment leaves the search");

        HttpResponse<String> there = synthe.send(synthe.asAdmin("/api/experiments").timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(TestNode.text(PublishingApiTestData.GARDENS.replace("jardins-partages", "repair-cafe")
                        .replace("Jardins partagés", "Repair café de la digue"))));
        assertEquals(201, there.statusCode(), there.body());
        String found = html("/search?q=" + URLEncoder.encode("repair café", StandardCharsets.UTF_8));
        assertTrue(found.contains(synthe.node().url() + "/experiments/repair-cafe"), "a peer's write is in the next search: " + found);
    }

    /** How many requests a node's /sparql answered, from its /metrics. */
    private static double sparqlRequests(TestNode node) throws Exception {
        String metrics = node.send(node.anonymous("/metrics")).body();
        return Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"/sparql\"[^}]*} (\\S+)").matcher(metrics).results()
                .mapToDouble(m -> Double.parseDouble(m.group(1))).sum();
    }

    private static String until(String path, Predicate<String> ready) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        String page = html(path);
        while (!ready.test(page) && Instant.now().isBefore(end)) {
            Thread.sleep(1000);
            page = html(path);
        }
        assertTrue(ready.test(page), path + " never showed what was expected: " + page);
        return page;
    }

    private static String html(String path) throws Exception {
        HttpResponse<String> response = loos.send(loos.anonymous(path).header("Accept", "text/html").timeout(TIMEOUT));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
