package org.w3id.cailloux.node.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.cailloux.node.federation.FederationNetwork.iri;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.node.TestNode;

/**
 * Three real nodes — A (fictitious sample city, federating, peers B and C), B (another), C (Loos-en-Gohelle's
 * sample) — with cross-city links; every federated answer compared with Jena's on one store holding all of them.
 */
class FederatedQueryTest {

    private static final Logger LOG = LoggerFactory.getLogger(FederatedQueryTest.class);
    static final String PREFIXES = """
            PREFIX cx: <https://w3id.org/cailloux/ns#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            """;
    private static final String JSON = "application/sparql-results+json";

    private static TestNode c;
    private static TestNode b;
    private static TestNode a;
    private static DatasetGraph oracle;

    @BeforeAll
    static void startNetwork() throws Exception {
        c = TestNode.start(Map.of("cailloux.sample-data", "loos-en-gohelle"));
        b = FederationNetwork.start("ville-exemple-b.ttl", Map.of("node-c", c), Map.of());
        a = FederationNetwork.start("ville-exemple-a.ttl", Map.of("node-b", b, "node-c", c), Map.of(
                "cailloux.peers.b.url", b.node().url().toString(),
                "cailloux.peers.c.url", c.node().url().toString()));
        oracle = FederationNetwork.oracle(a, b, c);
    }

    @AfterAll
    static void stopNetwork() {
        Stream.of(a, b, c).forEach(TestNode::close);
    }

    static Stream<Arguments> selectCases() {
        return Stream.of(
                Arguments.of("union of every city's experiments",
                        "SELECT ?e ?title WHERE { ?e a cx:Experiment ; dct:title ?title }"),
                Arguments.of("GRAPH ?city gives each experiment's city",
                        "SELECT ?city ?e WHERE { GRAPH ?city { ?e a cx:Experiment } }"),
                Arguments.of("count per city and theme with French labels", """
                        SELECT ?city ?label (COUNT(DISTINCT ?e) AS ?n) WHERE {
                          GRAPH ?city { ?e a cx:Experiment ; cx:theme ?theme }
                          ?theme skos:prefLabel ?label FILTER(lang(?label) = "fr")
                        } GROUP BY ?city ?label"""),
                Arguments.of("cross-city inspiration with the source's title and city", """
                        SELECT ?title ?sourceTitle ?sourceCity WHERE {
                          ?e cx:inspiredBy ?source ; dct:title ?title .
                          ?source dct:title ?sourceTitle ; dct:spatial ?sourceCity .
                        }"""),
                Arguments.of("inspiration between named graphs", """
                        SELECT ?from ?to ?a ?b WHERE { GRAPH ?from { ?a cx:inspiredBy ?b } GRAPH ?to { ?b a cx:Experiment } }"""),
                Arguments.of("OPTIONAL across nodes", """
                        SELECT ?e ?title ?sourceTitle WHERE {
                          ?e a cx:Experiment ; dct:title ?title
                          OPTIONAL { ?e cx:inspiredBy ?s . ?s dct:title ?sourceTitle }
                        }"""),
                Arguments.of("FILTER on concept labels", """
                        SELECT ?e ?label WHERE {
                          ?e cx:theme ?t . ?t skos:prefLabel ?label FILTER(REGEX(?label, "aliment|énergie", "i"))
                        }"""),
                Arguments.of("DISTINCT themes in use", "SELECT DISTINCT ?theme WHERE { ?e cx:theme ?theme }"),
                Arguments.of("sub-query: cities with more than two experiments", """
                        SELECT ?city ?n WHERE {
                          { SELECT ?city (COUNT(?e) AS ?n) WHERE { GRAPH ?city { ?e a cx:Experiment } } GROUP BY ?city }
                          FILTER(?n > 2)
                        }"""),
                Arguments.of("HAVING with EXISTS over other patterns than the grouped ones", """
                        SELECT ?city (COUNT(?e) AS ?n) WHERE { GRAPH ?city { ?e a cx:Experiment } }
                        GROUP BY ?city HAVING (EXISTS { ?x cx:inspiredBy ?y })"""),
                Arguments.of("property path over the vocabulary: each theme's top concept", """
                        SELECT ?e ?top WHERE { ?e cx:theme ?t . ?t skos:broader* ?top . ?top skos:topConceptOf ?scheme }"""),
                Arguments.of("property path over the data: chains of inspiration", """
                        SELECT ?e ?origin WHERE { ?e cx:inspiredBy+ ?origin }"""),
                Arguments.of("territories, their names and populations", """
                        SELECT ?city ?name ?population WHERE {
                          GRAPH ?city { ?t a cx:Territory ; schema:name ?name OPTIONAL { ?t cx:population ?population } }
                        }"""),
                Arguments.of("FILTER NOT EXISTS over another node's data", """
                        SELECT ?e WHERE { ?e a cx:Experiment FILTER NOT EXISTS { ?other cx:inspiredBy ?e } }"""),
                Arguments.of("experiments of one node by GRAPH with its IRI", "SELECT ?e WHERE { GRAPH <%B%> { ?e a cx:Experiment } }"),
                Arguments.of("a pattern no node can match", "SELECT ?e ?t WHERE { ?e cx:noSuchTerm ?x ; dct:title ?t }"),
                Arguments.of("experiments on a theme found by its exact label", """
                        SELECT ?e ?title WHERE { ?t skos:prefLabel "système alimentaire"@fr . ?e cx:theme ?t ; dct:title ?title }"""),
                Arguments.of("experiments on every theme of a scheme (many values)", """
                        SELECT ?e ?t WHERE { ?t skos:inScheme <https://w3id.org/cailloux/scheme/themes> . ?e cx:theme ?t }"""),
                Arguments.of("a label no concept has", """
                        SELECT ?e WHERE { ?t skos:prefLabel "pas un thème"@fr . ?e cx:theme ?t }"""),
                Arguments.of("a label looked up in an OPTIONAL does not restrict the experiments", """
                        SELECT ?e ?t ?label WHERE { ?e cx:theme ?t OPTIONAL { ?t skos:prefLabel ?label . ?t skos:notation "nothing" } }"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("selectCases")
    void selectAnswersWhatOneStoreWithEveryNodeAnswers(String name, String body) throws Exception {
        String query = PREFIXES + body.replace("%B%", iri(b));
        HttpResponse<byte[]> response = FederationNetwork.get(a, "/federation/sparql", query, JSON);
        assertEquals(200, response.statusCode(), () -> FederationNetwork.text(response));
        ResultSetRewindable expected = FederationNetwork.oracleSelect(oracle, query);
        ResultSetRewindable actual = FederationNetwork.rows(response);
        assertTrue(ResultsCompare.equalsByTerm(expected, actual), () -> name + ": expected " + expected.size() + " rows, got " + actual.size());
        assertEveryNodeAnswered(response);
        LOG.info("{}: {} rows; Cailloux-Sources: {}", name, actual.size(), response.headers().firstValue(SourcesHeader.SOURCES).orElse(""));
    }

    @Test
    void orderByAndLimitAcrossNodesKeepTheOrder() throws Exception {
        String query = PREFIXES + """
                SELECT ?title WHERE { ?e a cx:Experiment ; dct:title ?title FILTER(lang(?title) = "fr") }
                ORDER BY ?title LIMIT 5 OFFSET 2""";
        HttpResponse<byte[]> response = FederationNetwork.get(a, "/federation/sparql", query, JSON);
        assertEquals(200, response.statusCode(), () -> FederationNetwork.text(response));
        assertTrue(ResultsCompare.equalsByTermAndOrder(FederationNetwork.oracleSelect(oracle, query), FederationNetwork.rows(response)));
    }

    @Test
    void aLimitOnOneStarIsPushedToTheNodesAndStillFillsTheAnswer() throws Exception {
        String query = PREFIXES + "SELECT ?e ?level WHERE { ?e cx:participationLevel ?level } LIMIT 4";
        HttpResponse<byte[]> response = FederationNetwork.get(a, "/federation/sparql", query, JSON);
        assertEquals(200, response.statusCode());
        ResultSetRewindable all = FederationNetwork.oracleSelect(oracle, PREFIXES + "SELECT ?e ?level WHERE { ?e cx:participationLevel ?level }");
        ResultSetRewindable actual = FederationNetwork.rows(response);
        assertEquals(Math.min(4, all.size()), actual.size());
        List<String> every = rowsAsText(all);
        rowsAsText(actual).forEach(row -> assertTrue(every.contains(row), row));
        String explain = explain(query);
        assertTrue(explain.contains("\"limitPushdown\":{\"rows\":4,\"orderBy\":[]}"), explain);
    }

    @Test
    void aCountPerCityIsAnsweredByEachNodeAndAddedUp() throws Exception {
        String query = PREFIXES + """
                SELECT ?city (COUNT(?e) AS ?n) (COUNT(DISTINCT ?theme) AS ?themes) WHERE {
                  GRAPH ?city { ?e a cx:Experiment ; cx:theme ?theme }
                } GROUP BY ?city HAVING (COUNT(?e) > 0) ORDER BY DESC(?n)""";
        HttpResponse<byte[]> response = FederationNetwork.get(a, "/federation/sparql", query, JSON);
        assertEquals(200, response.statusCode(), () -> FederationNetwork.text(response));
        assertTrue(ResultsCompare.equalsByTermAndOrder(FederationNetwork.oracleSelect(oracle, query), FederationNetwork.rows(response)));
        assertEveryNodeAnswered(response);
        String explain = explain(query);
        assertTrue(explain.contains("\"aggregatePushdown\":{\"pushed\":true"), explain);
        assertTrue(explain.contains("\"aggregate\":true"), explain);
    }

    @Test
    void groupsOfOneCityWithUnionOptionalAndBindAreComputedWholeByThatCitysNode() throws Exception {
        String query = PREFIXES + """
                SELECT ?city (COUNT(DISTINCT ?e) AS ?n) (COUNT(*) AS ?rows) (MIN(?title) AS ?first) (SAMPLE(?one) AS ?k) WHERE {
                  GRAPH ?city {
                    ?e a cx:Experiment .
                    { ?e cx:theme ?theme } UNION { ?e cx:inspiredBy ?other }
                    OPTIONAL { ?e dct:title ?title FILTER(lang(?title) = "fr") }
                    BIND(1 AS ?one)
                  }
                } GROUP BY ?city""";
        String explain = explain(query);
        assertTrue(explain.contains("\"aggregatePushdown\":{\"pushed\":true"), explain);
        assertTrue(explain.contains("each group is one city's graph"), explain);
        HttpResponse<byte[]> response = answeredAsTheOracle(query);
        assertEveryNodeAnswered(response);
    }

    @Test
    void aConceptsUsePerCityWithItsExperimentsListedIsAnsweredByEachNode() throws Exception {
        String concept = "https://w3id.org/cailloux/scheme/themes/food-system";
        String query = org.w3id.cailloux.node.curation.usage.ConceptUsage.query(concept);
        assertTrue(explain(query).contains("\"aggregatePushdown\":{\"pushed\":true"), explain(query));
        HttpResponse<byte[]> response = FederationNetwork.get(a, "/federation/sparql", query, JSON);
        assertEquals(200, response.statusCode(), () -> FederationNetwork.text(response));
        Map<String, List<String>> expected = usage(FederationNetwork.oracleSelect(oracle, query));
        assertFalse(expected.isEmpty(), "the sample data uses " + concept);
        assertEquals(expected, usage(FederationNetwork.rows(response)));
    }

    /** Each city's count and its sorted experiment list (GROUP_CONCAT gives them in no set order). */
    private static Map<String, List<String>> usage(ResultSetRewindable rows) {
        Map<String, List<String>> byCity = new java.util.TreeMap<>();
        rows.forEachRemaining(r -> {
            List<String> list = new java.util.ArrayList<>(List.of(r.getLiteral("list").getString().split("\n")));
            list.sort(null);
            list.addFirst(r.getLiteral("n").getLexicalForm());
            byCity.put(r.getResource("city").getURI(), list);
        });
        return byCity;
    }

    @Test
    void aCountOverTheUnionOfExperimentsIsAnsweredByEachNode() throws Exception {
        String query = PREFIXES + """
                SELECT ?status (COUNT(?e) AS ?n) WHERE { ?e a cx:Experiment ; <http://www.w3.org/ns/adms#status> ?status }
                GROUP BY ?status""";
        String explain = explain(query);
        assertTrue(explain.contains("\"aggregatePushdown\":{\"pushed\":true"), explain);
        answeredAsTheOracle(query);
    }

    @Test
    void aCountDistinctOfThemesSharedByCitiesIsNotAddedUpPerNode() throws Exception {
        String query = PREFIXES + "SELECT (COUNT(DISTINCT ?theme) AS ?n) WHERE { ?e cx:theme ?theme }";
        answeredAsTheOracle(query);
        String explain = explain(query);
        assertTrue(explain.contains("\"aggregatePushdown\":{\"pushed\":false"), explain);
    }

    @Test
    void theSecondLinkOfAChainIsMatchedInTheFirstLinksDataNotFetchedAgain() throws Throwable {
        String query = PREFIXES + """
                SELECT ?third ?second ?first ?title WHERE {
                  ?third cx:inspiredBy ?second . ?second cx:inspiredBy ?first . ?first dct:title ?title
                }""";
        withBoundJoinsOnly(() -> {
            String explain = explain(query);
            assertTrue(explain.contains("\"coveredStars\":[{\"star\":0,\"matchedIn\":1}]"), explain);
            assertTrue(explain.contains("\"boundJoin\":[{\"star\":2,\"valuesFrom\":1"), explain);
            answeredAsTheOracle(query);
        });
    }

    @Test
    void anExperimentsMeansAreJoinedOnItsNodeInOneRequest() throws Exception {
        String query = PREFIXES + "SELECT ?e ?type WHERE { ?e a cx:Experiment ; cx:meansEngaged ?m . ?m cx:meansType ?type }";
        String explain = explain(query);
        assertTrue(explain.contains("\"recordPartJoins\":[{\"star\":0,\"joined\":[1]"), explain);
        assertTrue(explain.contains("\"boundJoin\":[]"), explain);
        HttpResponse<byte[]> response = answeredAsTheOracle(query);
        String sources = response.headers().firstValue(SourcesHeader.SOURCES).orElseThrow();
        assertTrue(!sources.contains("data=2"), sources);
        // where the time went, one round of requests here
        String timing = response.headers().firstValue("Server-Timing").orElseThrow();
        assertTrue(timing.matches("plan;dur=[0-9.]+, fetch;dur=[0-9.]+, round1;dur=[0-9.]+, round2;dur=0\\.0, evaluate;dur=[0-9.]+, total;dur=[0-9.]+"), timing);
        // and a page's script on another origin may read it, with the sources
        String exposed = response.headers().firstValue("Access-Control-Expose-Headers").orElse("");
        assertTrue(exposed.contains("Server-Timing") && exposed.contains(SourcesHeader.SOURCES), exposed);
    }

    @Test
    void aThemeFoundByItsLabelInTheVocabularyIsSentToTheNodes() throws Exception {
        String query = PREFIXES + """
                SELECT ?e WHERE { ?t skos:prefLabel "mobilité"@fr . ?e cx:theme ?t }""";
        String explain = explain(query);
        assertTrue(explain.contains("IN (<https://w3id.org/cailloux/scheme/themes/mobility>)"), explain);
        answeredAsTheOracle(query);
    }

    @Test
    void anOrderedLimitSendsEachNodeOnlyItsFirstRows() throws Exception {
        String query = PREFIXES + """
                SELECT ?e ?title WHERE { ?e a cx:Experiment ; dct:title ?title FILTER(lang(?title) = "fr") }
                ORDER BY DESC(?title) LIMIT 3 OFFSET 1""";
        String explain = explain(query);
        assertTrue(explain.contains("\"limitPushdown\":{\"rows\":4,\"orderBy\":[\"DESC(?title)\"]}"), explain);
        HttpResponse<byte[]> response = FederationNetwork.get(a, "/federation/sparql", query, JSON);
        assertEquals(200, response.statusCode(), () -> FederationNetwork.text(response));
        assertTrue(ResultsCompare.equalsByTermAndOrder(FederationNetwork.oracleSelect(oracle, query), FederationNetwork.rows(response)));
    }

    @Test
    void askAndConstructAnswerAsOneStore() throws Exception {
        String ask = PREFIXES + "ASK { ?e cx:adaptedFrom ?source . ?source dct:title ?t }";
        HttpResponse<byte[]> askResponse = FederationNetwork.get(a, "/federation/sparql", ask, JSON);
        assertEquals(200, askResponse.statusCode());
        assertEquals(FederationNetwork.oracleAsk(oracle, ask), FederationNetwork.text(askResponse).contains("true"));

        String construct = PREFIXES + """
                CONSTRUCT { ?e dct:title ?t ; dct:spatial ?city } WHERE { ?e a cx:Experiment ; dct:title ?t ; dct:spatial ?city FILTER(lang(?t) = "en") }""";
        HttpResponse<byte[]> graph = FederationNetwork.get(a, "/federation/sparql", construct, "application/n-triples");
        assertEquals(200, graph.statusCode());
        assertTrue(IsoMatcher.isomorphic(FederationNetwork.oracleGraph(oracle, construct), FederationNetwork.graph(graph)));
    }

    @Test
    void describeAnotherNodesExperimentGivesItsTriples() throws Exception {
        String query = "DESCRIBE <" + iri(c) + "experiments/la-manne>";
        HttpResponse<byte[]> response = FederationNetwork.get(a, "/federation/sparql", query, "application/n-triples");
        assertEquals(200, response.statusCode());
        org.apache.jena.graph.Graph expected = FederationNetwork.oracleGraph(oracle, query);
        assertTrue(expected.size() > 0);
        assertTrue(IsoMatcher.isomorphic(expected, FederationNetwork.graph(response)));
    }

    @Test
    void withoutAQueryTheEndpointDescribesItselfWithOneNamedGraphPerNode() throws Exception {
        HttpResponse<byte[]> response = FederationNetwork.HTTP.send(java.net.http.HttpRequest.newBuilder(a.uri("/federation/sparql"))
                .header("Accept", "application/n-triples").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        String description = FederationNetwork.text(response);
        for (TestNode node : List.of(a, b, c)) {
            assertTrue(description.contains("<http://www.w3.org/ns/sparql-service-description#name> <" + iri(node) + ">"), description);
        }
    }

    @Test
    void aPatternNoNodeCanMatchSendsNoDataRequest() throws Exception {
        String query = PREFIXES + "SELECT ?e ?t WHERE { ?e cx:notInAnyData ?x ; dct:title ?t . ?e cx:theme ?theme }";
        int before = dataRequests();
        HttpResponse<byte[]> response = FederationNetwork.get(a, "/federation/sparql", query, JSON);
        assertEquals(200, response.statusCode());
        assertEquals(0, FederationNetwork.rows(response).size());
        assertEquals(before, dataRequests(), "no CONSTRUCT reached B or C");
        String explain = explain(query);
        assertTrue(explain.contains("\"exclusiveGroups\":[]"), explain);
    }

    private static final String INSPIRED_WITH_TITLES = PREFIXES
            + "SELECT ?title ?sourceTitle WHERE { ?e cx:inspiredBy ?s ; dct:title ?title . ?s dct:title ?sourceTitle }";

    @Test
    void crossCityInspirationFetchesTheSourcesInASecondBoundRound() throws Throwable {
        String query = INSPIRED_WITH_TITLES;
        withBoundJoinsOnly(() -> {
            String explain = explain(query);
            assertTrue(explain.contains("\"boundJoin\":[{"), explain);
            assertTrue(explain.contains("VALUES"), explain);
            int before = dataRequests();
            HttpResponse<byte[]> response = FederationNetwork.get(a, "/federation/sparql", query, JSON);
            assertTrue(ResultsCompare.equalsByTerm(FederationNetwork.oracleSelect(oracle, query), FederationNetwork.rows(response)));
            // At most one CONSTRUCT per node and round
            assertTrue(dataRequests() - before <= 4, "data requests to B and C: " + (dataRequests() - before));
        });
    }

    @Test
    void aSmallStarABoundJoinCouldTakeIsFetchedWholeInTheFirstRound() throws Exception {
        String query = INSPIRED_WITH_TITLES;
        String explain = explain(query);
        assertTrue(explain.contains("\"boundJoin\":[]"), explain);
        assertTrue(explain.contains("\"fetchedWhole\":[1]"), explain);
        assertFalse(explain.contains("\"round\":2"), explain);
        int before = dataRequests();
        // Asking the nodes: the same query asked by another test may be answered from the answers kept since
        HttpResponse<byte[]> response = FederationNetwork.getFresh(a, "/federation/sparql", query, JSON);
        assertTrue(ResultsCompare.equalsByTerm(FederationNetwork.oracleSelect(oracle, query), FederationNetwork.rows(response)));
        assertEquals(2, dataRequests() - before, "one CONSTRUCT to each of B and C, in one round");
    }

    /** Runs {@code check} with the federating node binding every star a bound join can take, however small. */
    private static void withBoundJoinsOnly(Executable check) throws Throwable {
        FederationSettings settings = a.node().context().getBean(FederationSettings.class);
        long limit = settings.getWholeStarMaxTriples();
        settings.setWholeStarMaxTriples(0);
        try {
            check.execute();
        } finally {
            settings.setWholeStarMaxTriples(limit);
        }
    }

    @Test
    void explainSendsNoDataRequest() throws Exception {
        int before = dataRequests();
        HttpResponse<byte[]> response = FederationNetwork.get(a, "/federation/explain",
                PREFIXES + "SELECT * WHERE { ?e cx:theme ?t . ?t skos:prefLabel ?l }", "application/json");
        assertEquals(200, response.statusCode());
        String explain = FederationNetwork.text(response);
        assertTrue(explain.contains("\"vocabularyPatterns\":[\"?t"), explain);
        assertEquals(before, dataRequests());
    }

    @Test
    void serviceToARegisteredPeerIsAPatternOnThatPeer() throws Exception {
        String query = PREFIXES + """
                SELECT ?e ?title ?label WHERE {
                  SERVICE <%s> { ?e cx:theme ?t . ?t skos:prefLabel ?label FILTER(lang(?label) = "fr") }
                  ?e dct:title ?title
                }""".formatted(iri(b) + "sparql");
        HttpResponse<byte[]> response = FederationNetwork.get(a, "/federation/sparql", query, JSON);
        assertEquals(200, response.statusCode(), () -> FederationNetwork.text(response));
        ResultSetRewindable expected = FederationNetwork.oracleSelect(oracle, query);
        assertTrue(expected.size() > 0);
        assertTrue(ResultsCompare.equalsByTerm(expected, FederationNetwork.rows(response)));
    }

    @Test
    void serviceToAnUnregisteredEndpointIsRefusedBeforeAnyRequest() throws Exception {
        int before = dataRequests();
        String query = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }";
        HttpResponse<byte[]> response = FederationNetwork.get(a, "/federation/sparql", query, JSON);
        assertEquals(400, response.statusCode());
        assertTrue(FederationNetwork.text(response).contains("federation-service-not-allowed"));
        assertEquals(before, dataRequests());
        HttpResponse<byte[]> local = FederationNetwork.get(a, "/sparql",
                "SELECT * WHERE { SERVICE <" + iri(b) + "sparql> { ?s ?p ?o } }", JSON);
        assertEquals(400, local.statusCode(), "the local endpoint still refuses every SERVICE");
    }

    @Test
    void updatesAndBrokenQueriesGetTheLocalEndpointsProblems() throws Exception {
        HttpResponse<byte[]> syntax = FederationNetwork.get(a, "/federation/sparql", "SELECT * WHERE { ?s ?p", JSON);
        assertEquals(400, syntax.statusCode());
        assertTrue(FederationNetwork.text(syntax).contains("sparql-syntax-error"));
        HttpResponse<byte[]> update = FederationNetwork.get(a, "/federation/sparql", "INSERT DATA { <a:b> <a:c> <a:d> }", JSON);
        assertEquals(400, update.statusCode());
        assertTrue(FederationNetwork.text(update).contains("sparql-update-refused"));
    }

    private static void assertEveryNodeAnswered(HttpResponse<byte[]> response) {
        String sources = response.headers().firstValue(SourcesHeader.SOURCES).orElseThrow();
        assertEquals("0", response.headers().firstValue(SourcesHeader.FAILED).orElseThrow(), sources);
        for (TestNode node : List.of(a, b, c)) {
            assertTrue(sources.contains("\"" + iri(node) + "\";status="), sources);
        }
        assertTrue(!sources.contains("status=failed"), sources);
    }

    private static int dataRequests() {
        return Stream.of(b, c).mapToInt(n -> n.node().context().getBean(SparqlRequestCounter.class).data()).sum();
    }

    private static List<String> rowsAsText(ResultSetRewindable rows) {
        rows.reset();
        List<String> text = new java.util.ArrayList<>();
        rows.forEachRemaining(r -> text.add(r.toString()));
        rows.reset();
        return text;
    }

    static Query parse(String text) {
        return QueryFactory.create(text);
    }

    /** The federation's answer to {@code query}, checked to be 200 and the oracle's rows (in any order). */
    private static HttpResponse<byte[]> answeredAsTheOracle(String query) throws Exception {
        HttpResponse<byte[]> response = FederationNetwork.get(a, "/federation/sparql", query, JSON);
        assertEquals(200, response.statusCode(), () -> FederationNetwork.text(response));
        assertTrue(ResultsCompare.equalsByTerm(FederationNetwork.oracleSelect(oracle, query), FederationNetwork.rows(response)));
        return response;
    }

    /** The planner's decisions for {@code query}, as JSON text. */
    private static String explain(String query) throws Exception {
        return FederationNetwork.text(FederationNetwork.get(a, "/federation/explain", query, "application/json"));
    }
}
