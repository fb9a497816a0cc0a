package org.w3id.cailloux.federation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Every case folder, on a real network (Loos-en-Gohelle or a sample city on node A, sample cities
 * on B and C, a federating node): {@code /federation/sparql} answers as the oracle, one Jena store
 * holding all the nodes' data, and as the expected answer kept in the folder; the peers receive no
 * more requests than the case allows. {@code -Dcases.write=true} rewrites the expected files from
 * the oracle.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FederationCasesTest {

    private final SparqlHttp http = new SparqlHttp(Duration.ofSeconds(60));
    private final CaseNetworks networks = new CaseNetworks(b -> b);

    @AfterAll
    void stopNetworks() {
        networks.close();
    }

    @TestFactory
    Stream<DynamicTest> everyCaseAnswersAsOneStoreHoldingAllTheData() {
        return Case.all().stream().sorted(Comparator.comparing(Case::data)).map(c -> dynamicTest(c.name(), () -> run(c)));
    }

    private void run(Case c) throws IOException {
        Network network = networks.forCase(c);
        Query query = c.query(network);
        boolean ordered = Answer.ordered(query);
        Answer oracle = network.oracle().answer(query);
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertExpectedFile(c, network, query, oracle));

        network.resetCounts();
        SparqlHttp.Response response = http.post(network.federation(), query);
        Map<String, Long> requests = network.sparqlRequests();
        checks.add(() -> {
            assertEquals(200, response.status(), () -> "/federation/sparql answered " + response.text());
            Answer federated = response.answer(query);
            assertTrue(federated.sameAs(oracle, ordered),
                    () -> "federation:\n" + network.generalise(federated.toString()) + "\noracle:\n" + network.generalise(oracle.toString()));
        });
        long total = requests.values().stream().mapToLong(Long::longValue).sum();
        String sources = " (" + SourcesHeader.NAME + ": " + network.generalise(String.valueOf(response.header(SourcesHeader.NAME))) + ")";
        c.maxRequests().ifPresent(max -> checks.add(() ->
                assertTrue(total <= max, "at most " + max + " SPARQL requests to the peers, got " + requests + sources)));
        c.maxRequestsPerPeer().ifPresent(max -> checks.add(() ->
                assertTrue(requests.values().stream().allMatch(n -> n <= max), "at most " + max + " SPARQL request per peer, got " + requests + sources)));
        for (String node : c.untouched()) {
            checks.add(() -> assertEquals(0L, requests.get(node), "node " + node + " must not be asked: " + requests + sources));
        }
        assertAll(c.name(), checks);
    }

    /** The oracle agrees with the answer kept in the case folder, which a reader can check by eye. */
    private static void assertExpectedFile(Case c, Network network, Query query, Answer oracle) throws IOException {
        Path file = c.expectedFile(query);
        if (Boolean.getBoolean("cases.write") || !Files.exists(file)) {
            Files.writeString(file, network.generalise(oracle.write()));
            assertTrue(Boolean.getBoolean("cases.write"), "wrote the missing " + file + " from the oracle: review it, then run again");
            return;
        }
        Answer expected = Answer.read(query, network.substitute(Files.readString(file)));
        // in any order: rows ordered by node IRI follow the ports of the run (the order is checked against the oracle)
        assertTrue(expected.sameAs(oracle, false),
                () -> file + ":\n" + network.generalise(expected.toString()) + "\noracle:\n" + network.generalise(oracle.toString()));
    }
}
