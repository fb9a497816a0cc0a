package org.w3id.cailloux.federation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

/**
 * Outside clients over the nodes' own {@code /sparql} endpoints get the same answers as
 * {@code /federation/sparql}, on the cases they can express: RDF4J FedX federating the endpoints
 * (cases marked {@code outside.fedx=true}: no GRAPH, since FedX sees only the union of the
 * endpoints' default graphs), and Jena ARQ running the case's {@code service.rq}, one SERVICE
 * clause per node.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutsideClientsTest {

    private final SparqlHttp http = new SparqlHttp(Duration.ofSeconds(60));
    private final CaseNetworks networks = new CaseNetworks(b -> b);

    @AfterAll
    void stopNetworks() {
        networks.close();
    }

    @TestFactory
    Stream<DynamicTest> fedxAndJenaServiceAnswerAsTheFederation() {
        return Case.all().stream()
                .filter(c -> c.fedx() || c.dir().resolve("service.rq").toFile().exists())
                .sorted(Comparator.comparing(Case::data))
                .map(c -> dynamicTest(c.name(), () -> run(c)));
    }

    private void run(Case c) {
        Network network = networks.forCase(c);
        Query query = c.query(network);
        boolean ordered = Answer.ordered(query);
        Answer oracle = network.oracle().answer(query);
        SparqlHttp.Response response = http.post(network.federation(), query);
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> {
            assertEquals(200, response.status(), () -> "/federation/sparql answered " + response.text());
            Answer federated = response.answer(query);
            assertTrue(federated.sameAs(oracle, ordered), () -> "federation:\n" + federated + "\noracle:\n" + oracle);
        });
        if (c.fedx()) {
            checks.add(() -> {
                try (FedX fedx = new FedX(network.names().stream().map(network::sparql).toList())) {
                    Answer outside = fedx.select(query.toString());
                    assertTrue(outside.sameAs(oracle, ordered), () -> "RDF4J FedX:\n" + outside + "\noracle:\n" + oracle);
                    assertTrue(outside.sameAs(response.answer(query), ordered), "RDF4J FedX and /federation/sparql differ");
                }
            });
        }
        Optional<Query> service = c.serviceQuery(network);
        service.ifPresent(q -> checks.add(() -> {
            Answer outside = Answer.of(q, QueryExec.dataset(DatasetGraphFactory.empty()).query(q).build());
            assertTrue(outside.sameAs(oracle, ordered), () -> "Jena SERVICE:\n" + outside + "\noracle:\n" + oracle);
            assertTrue(outside.sameAs(response.answer(query), ordered), "Jena SERVICE and /federation/sparql differ");
        }));
        assertAll(c.name(), checks);
    }
}
