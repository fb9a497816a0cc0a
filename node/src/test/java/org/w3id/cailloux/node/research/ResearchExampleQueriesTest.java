package org.w3id.cailloux.node.research;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cailloux.node.TestNode;

/** Every example of the query page's library runs and returns rows, on /sparql and on /federation/sparql. */
class ResearchExampleQueriesTest {

    private static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(Map.of("cailloux.sample-data", "loos-en-gohelle"));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static Stream<ExampleQueries.Example> examples() {
        List<ExampleQueries.Example> all = new ExampleQueries().all();
        assertFalse(all.isEmpty(), "the library has examples");
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleReturnsRowsFromThisNode(ExampleQueries.Example example) throws Exception {
        QueryFactory.create(example.text());
        List<Map<String, String>> rows = ResearchSparql.select(node, "/sparql", example.text());
        assertFalse(rows.isEmpty(), example.id() + " returns rows on /sparql");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleReturnsRowsFromTheNetwork(ExampleQueries.Example example) throws Exception {
        List<Map<String, String>> rows = ResearchSparql.select(node, "/federation/sparql", example.text());
        assertFalse(rows.isEmpty(), example.id() + " returns rows on /federation/sparql");
        assertTrue(rows.stream().allMatch(r -> !r.isEmpty()));
    }
}
