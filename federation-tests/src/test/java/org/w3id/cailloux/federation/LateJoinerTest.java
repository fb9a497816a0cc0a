package org.w3id.cailloux.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.CaillouxNode;

/**
 * A node that joins the network later appears in federated answers, its cross-city links
 * included, while the nodes already running are not restarted.
 */
class LateJoinerTest {

    private static final String CITIES_AND_LINKS = """
            PREFIX cx: <https://w3id.org/cailloux/ns#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?city ?e ?sourceTitle WHERE {
              GRAPH ?city { ?e a cx:Experiment }
              OPTIONAL { ?e cx:inspiredBy ?source . ?source dct:title ?sourceTitle . FILTER(lang(?sourceTitle) = "fr") }
            }""";

    private final SparqlHttp http = new SparqlHttp(Duration.ofSeconds(60));

    @Test
    void aNodeThatJoinsLaterAppearsInAnswersWithoutRestartingTheOthers() {
        try (Network network = Case.load(Case.ROOT.resolve("graph-names-the-city-each-row-comes-from")).start(Network.builder())) {
            Query query = QueryFactory.create(CITIES_AND_LINKS);
            assertAnswersAsOracle(network, query);
            CaillouxNode a = network.node("a");
            CaillouxNode b = network.node("b");

            String d = network.addNode("d", Seed.file(Case.ROOT.resolveSibling("late-joiner").resolve("node-d.ttl")));
            network.restartFederator();

            SparqlHttp.Response response = http.post(network.federation(), query);
            assertEquals(200, response.status(), response::text);
            assertTrue(response.text().contains(d), "the new node's rows are in the answer");
            assertAnswersAsOracle(network, query);
            assertTrue(a.context().isRunning() && b.context().isRunning(), "the nodes already running kept running");
            assertFalse(network.proxy("d").requests().isEmpty(), "the new node was asked");
        }
    }

    private void assertAnswersAsOracle(Network network, Query query) {
        SparqlHttp.Response response = http.post(network.federation(), query);
        assertEquals(200, response.status(), response::text);
        Answer expected = network.oracle().answer(query);
        Answer answer = response.answer(query);
        assertTrue(answer.sameAs(expected, false), () -> "federation:\n" + network.generalise(answer.toString())
                + "\noracle:\n" + network.generalise(expected.toString()));
    }
}
