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

    @Test
    void aValuesBlockJoinedWithAPatternGoesOutWithItsStarAndStillMatches() {
        String where = "{ VALUES ?e { :e1 :e9 } VALUES ?n { 1 2 } ?e :p ?o ; :q ?v }";
        PatternExtraction.Patterns patterns = new PatternExtraction().extract(Algebra.compile(QueryFactory.create(PREFIXES + "SELECT * WHERE " + where)));
        List<Star> stars = new ValuesPushdown().apply(patterns.stars(), patterns.groupValues());
        assertEquals(1, stars.size());
        String construct = RemoteQueries.construct(List.of(RemoteQueries.Fetch.unbound(stars.getFirst())), Optional.empty());
        assertTrue(construct.contains("VALUES ?s0_0 { <http://ex/e1> <http://ex/e9> }"), construct);
        Graph fetched;
        try (QueryExec exec = QueryExec.dataset(nodeIndex()).query(construct).build()) {
            fetched = exec.construct();
        }
        assertEquals(2, fetched.size(), construct);

        String elsewhere = "{ VALUES ?e { :e9 } ?e :p ?o }";
        PatternExtraction.Patterns none = new PatternExtraction().extract(Algebra.compile(QueryFactory.create(PREFIXES + "SELECT * WHERE " + elsewhere)));
        String nothing = RemoteQueries.construct(List.of(RemoteQueries.Fetch.unbound(
                new ValuesPushdown().apply(none.stars(), none.groupValues()).getFirst())), Optional.empty());
        try (QueryExec exec = QueryExec.dataset(nodeIndex()).query(nothing).build()) {
            assertEquals(0, exec.construct().size(), nothing);
        }
    }

    @Test
    void aValuesBlockInAnOptionalOrAnotherGroupConstrainsNothingOutsideIt() {
        String where = "{ ?e :p ?o OPTIONAL { VALUES ?o { :o9 } ?o :r ?z } }";
        PatternExtraction.Patterns patterns = new PatternExtraction().extract(Algebra.compile(QueryFactory.create(PREFIXES + "SELECT * WHERE " + where)));
        List<Star> stars = new ValuesPushdown().apply(patterns.stars(), patterns.groupValues());
        Star outside = stars.stream().filter(s -> s.subject().getName().equals("e")).findFirst().orElseThrow();
        assertTrue(outside.filters().isEmpty(), outside.text());
        Star inside = stars.stream().filter(s -> s.subject().getName().equals("o")).findFirst().orElseThrow();
        assertEquals(1, inside.filters().size(), inside.text());
    }
}
