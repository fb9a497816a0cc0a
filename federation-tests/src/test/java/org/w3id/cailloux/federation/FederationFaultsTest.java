package org.w3id.cailloux.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A peer that fails never blocks the network: stopped, slow, answering garbage or a huge result,
 * node C fails while Loos-en-Gohelle (A) and Ville-Exemple-B answer; the federated answer comes
 * within the deadline with A's and B's rows, and the response names C as failed.
 */
class FederationFaultsTest {

    /** The federating node's deadline for a federated query, set through its configuration. */
    static final Duration DEADLINE = Duration.ofSeconds(3);
    /** What the answer may take beyond the deadline: merging, HTTP, a loaded CI machine. */
    static final Duration MARGIN = Duration.ofSeconds(2);

    private static final String CITIES = """
            PREFIX cx: <https://w3id.org/cailloux/ns#>
            SELECT ?city ?e WHERE { GRAPH ?city { ?e a cx:Experiment } }""";

    private final SparqlHttp http = new SparqlHttp(DEADLINE.plus(MARGIN).multipliedBy(4));
    private Network network;

    private Network start() {
        network = Case.load(Case.ROOT.resolve("graph-names-the-city-each-row-comes-from")).start(Network.builder()
                .federatorProperty("cailloux.federation.timeout", DEADLINE.toMillis() + "ms"));
        return network;
    }

    @AfterEach
    void stop() {
        if (network != null) {
            network.close();
        }
    }

    @Test
    void aStoppedPeerIsNamedAndTheOthersRowsComeBack() {
        Network n = start();
        n.node("c").close();
        assertAnswerWithoutC(n);
    }

    @Test
    void aPeerSlowerThanTheDeadlineIsNamedAndTheOthersRowsComeBackInTime() {
        Network n = start();
        n.proxy("c").delay(DEADLINE.multipliedBy(4).toMillis());
        assertAnswerWithoutC(n);
    }

    @Test
    void aPeerAnsweringGarbageIsNamedAndTheOthersRowsComeBack() {
        Network n = start();
        n.proxy("c").mode(TcpProxy.Mode.GARBAGE);
        assertAnswerWithoutC(n);
    }

    @Test
    void aPeerAnsweringAHugeResultIsNamedAndTheOthersRowsComeBackInTime() {
        Network n = start();
        n.proxy("c").mode(TcpProxy.Mode.HUGE).hugeRows(20_000_000);
        assertAnswerWithoutC(n);
    }

    @Test
    void aPeerAnsweringHugelyEvenForItsVoidDescriptionIsNamedAndTheOthersRowsComeBackInTime() {
        Network n = start();
        n.proxy("c").mode(TcpProxy.Mode.HUGE_EVERYWHERE).hugeRows(20_000_000);
        assertAnswerWithoutC(n);
    }

    @Test
    void aSlowPeerWithinTheDeadlineStillGivesItsRows() {
        Network n = start();
        n.proxy("c").delay(300);
        Query query = QueryFactory.create(CITIES);
        SparqlHttp.Response response = http.post(n.federation(), query);
        assertEquals(200, response.status(), response::text);
        assertTrue(response.answer(query).sameAs(n.oracle().answer(query), false), "all three cities' rows");
    }

    private void assertAnswerWithoutC(Network n) {
        Query query = QueryFactory.create(CITIES);
        Answer expected = n.oracle(List.of("a", "b")).answer(query);
        SparqlHttp.Response response = http.post(n.federation(), query);
        String header = response.header(SourcesHeader.NAME);
        String named = " (" + SourcesHeader.NAME + ": " + n.generalise(String.valueOf(header)) + ")";
        assertEquals(200, response.status(), response::text);
        assertTrue(response.elapsed().compareTo(DEADLINE.plus(MARGIN)) <= 0,
                "answered in " + response.elapsed() + ", the deadline is " + DEADLINE + named);
        Answer answer = response.answer(query);
        assertTrue(answer.sameAs(expected, false), () -> named + "\nfederation:\n" + n.generalise(answer.toString())
                + "\nexpected A's and B's rows:\n" + n.generalise(expected.toString()));
        assertNotNull(header, "the response names the peers that answered and failed in " + SourcesHeader.NAME);
        Map<String, Map<String, String>> sources = SourcesHeader.parse(header);
        assertEquals("failed", sources.getOrDefault(n.iri("c"), Map.of()).get("status"), () -> "C named as failed: " + header);
        assertEquals("answered", sources.getOrDefault(n.iri("a"), Map.of()).get("status"), () -> "A named as answered: " + header);
        assertEquals("answered", sources.getOrDefault(n.iri("b"), Map.of()).get("status"), () -> "B named as answered: " + header);
    }
}
