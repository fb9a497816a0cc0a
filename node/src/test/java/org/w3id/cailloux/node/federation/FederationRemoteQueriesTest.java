package org.w3id.cailloux.node.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.index.QueryIndex;

/** The text sent to nodes, run on a dataset shaped like a node's index. */
class FederationRemoteQueriesTest {

    private static final String PREFIXES = "PREFIX : <http://ex/> ";

    private static DatasetGraph nodeIndex() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Node e1 = NodeFactory.createURI("http://ex/e1");
        Node graph1 = NodeFactory.createURI("http://ex/g1");
        Node graph2 = NodeFactory.createURI("http://ex/g2");
        dataset.add(graph1, e1, NodeFactory.createURI("http://ex/p"), NodeFactory.createURI("http://ex/o1"));
        dataset.add(graph1, e1, org.apache.jena.vocabulary.RDF.type.asNode(), NodeFactory.createURI("http://ex/C"));
        // The same subject's other property lives in another of the node's graphs
        dataset.add(graph2, e1, NodeFactory.createURI("http://ex/q"), NodeFactory.createLiteralString("x"));
        dataset.add(QueryIndex.VOCABULARY_GRAPH, e1, NodeFactory.createURI("http://ex/p"), NodeFactory.createURI("http://ex/vocab"));
        return dataset;
    }

    private static List<Star> stars(String where) {
        return new PatternExtraction().extract(Algebra.compile(QueryFactory.create(PREFIXES + "SELECT * WHERE " + where))).stars();
    }

    @Test
    void aStarSpreadOverTwoOfANodesGraphsIsFetchedWithoutTheVocabulary() {
        List<Star> stars = stars("{ ?e a :C ; :p ?o ; :q ?v FILTER(?v = \"x\"^^<http://www.w3.org/2001/XMLSchema#string>) }");
        assertEquals(1, stars.size());
        String construct = RemoteQueries.construct(List.of(RemoteQueries.Fetch.unbound(stars.getFirst())), Optional.empty());
        Graph fetched;
        try (QueryExec exec = QueryExec.dataset(nodeIndex()).query(construct).build()) {
            fetched = exec.construct();
        }
        assertEquals(3, fetched.size(), construct);
        assertTrue(fetched.contains(SSE.parseTriple("(<http://ex/e1> <http://ex/p> <http://ex/o1>)")));
    }

    @Test
    void starsSentTogetherDoNotBindEachOthersTemplates() {
        List<Star> stars = stars("{ ?e :p ?o . ?o :r ?z } ");
        String construct = RemoteQueries.construct(stars.stream().map(RemoteQueries.Fetch::unbound).toList(), Optional.empty());
        Graph fetched;
        try (QueryExec exec = QueryExec.dataset(nodeIndex()).query(construct).build()) {
            fetched = exec.construct();
        }
        assertEquals(1, fetched.size(), construct);
    }
}
