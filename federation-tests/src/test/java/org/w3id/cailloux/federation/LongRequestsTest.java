package org.w3id.cailloux.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nodes that accept only short queries still give all their rows: the federating node cuts a data request or a
 * source-selection question longer than {@code cailloux.federation.max-request-length} into several that fit, and
 * groups here what a too long partial aggregate would have grouped on the nodes, where one request a node would
 * be refused ({@code cailloux.sparql.max-query-length}) and the node left out of the answer. VoID selection is off,
 * so that every star is asked about.
 */
class LongRequestsTest {

    /** The longest query the nodes accept here, and the longest request the federating node sends. */
    private static final int LIMIT = 600;

    private static final Case GROUPED = Case.load(Case.ROOT.resolve("count-per-city-beside-the-name-of-its-territory"));

    private final SparqlHttp http = new SparqlHttp(Duration.ofSeconds(30));

    /** A node got more than one request of the kind ({@code data} or {@code selection} in Cailloux-Sources). */
    @ParameterizedTest(name = "{0} requests, {1}")
    @CsvSource({
            "data, union-keyword-territories-and-citizen-led-experiments",
            "selection, inspired-experiments-with-their-territory-and-the-source-title"})
    void requestsLongerThanTheNodesAcceptAreCut(String kind, String name) {
        Case c = Case.load(Case.ROOT.resolve(name));
        try (Network network = start(c)) {
            Map<String, Map<String, String>> sources = answersWhole(network, c);
            assertTrue(sources.values().stream().anyMatch(p -> count(p, kind) >= 2),
                    "a node got more than one " + kind + " request: " + network.generalise(sources.toString()));
        }
    }

    @Test
    void aPartialAggregateLongerThanTheNodesAcceptIsGroupedHere() {
        try (Network network = start(GROUPED)) {
            answersWhole(network, GROUPED);
            String explain = network.federation().replace("/sparql", "/explain?query=")
                    + URLEncoder.encode(GROUPED.query(network).toString(), StandardCharsets.UTF_8);
            String plan = http.get(explain, "application/json").text();
            assertTrue(plan.contains("longer than cailloux.federation.max-request-length"), plan);
        }
    }

    /** The case's network, on nodes accepting {@link #LIMIT} characters. */
    private static Network start(Case c) {
        return c.start(Network.builder()
                .nodeProperty("cailloux.sparql.max-query-length", LIMIT)
                .federatorProperty("cailloux.federation.max-request-length", LIMIT)
                .federatorProperty("cailloux.federation.void-selection", false));
    }

    /** Asserts the federated answer is whole (200, no node failed, the oracle's rows); returns Cailloux-Sources. */
    private Map<String, Map<String, String>> answersWhole(Network network, Case c) {
        Query query = c.query(network);
        SparqlHttp.Response response = http.post(network.federation(), query);
        assertEquals(200, response.status(), response::text);
        Map<String, Map<String, String>> sources = SourcesHeader.parse(response.header(SourcesHeader.NAME));
        assertTrue(sources.values().stream().noneMatch(p -> "failed".equals(p.get("status"))),
                network.generalise(response.header(SourcesHeader.NAME)));
        Answer answer = response.answer(query);
        assertTrue(answer.size() > 0, "the case has rows");
        assertTrue(answer.sameAs(network.oracle().answer(query), false), "every city's rows");
        return sources;
    }

    private static int count(Map<String, String> parameters, String name) {
        return Integer.parseInt(parameters.getOrDefault(name, "0"));
    }
}
