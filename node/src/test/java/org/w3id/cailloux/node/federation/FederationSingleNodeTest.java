package org.w3id.cailloux.node.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;

/** A node without peers: the federation is the node itself, read from its index without HTTP. */
class FederationSingleNodeTest {

    private static TestNode node;
    private static DatasetGraph oracle;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(Map.of("cailloux.sample-data", "loos-en-gohelle"));
        oracle = FederationNetwork.oracle(node);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aNodeAloneAnswersItsOwnDataAsItsNamedGraph() throws Exception {
        String query = FederatedQueryTest.PREFIXES + "SELECT ?g ?e ?title WHERE { GRAPH ?g { ?e a cx:Experiment ; dct:title ?title } }";
        HttpResponse<byte[]> response = FederationNetwork.get(node, "/federation/sparql", query, "application/sparql-results+json");
        assertEquals(200, response.statusCode(), () -> FederationNetwork.text(response));
        ResultSetRewindable expected = FederationNetwork.oracleSelect(oracle, query);
        assertTrue(expected.size() > 0);
        String explain = FederationNetwork.text(FederationNetwork.get(node, "/federation/explain", query, "application/json"));
        assertTrue(ResultsCompare.equalsByTerm(expected, FederationNetwork.rows(response)),
                () -> FederationNetwork.text(response) + "\n" + explain + "\n" + response.headers().map());
        String sources = response.headers().firstValue(SourcesHeader.SOURCES).orElseThrow();
        assertEquals("\"" + FederationNetwork.iri(node) + "\";status=answered;selection=1;data=1", sources);
    }
}
