package org.w3id.cailloux.node.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Data requests cut to a length a node accepts, bringing what one request would have brought. */
class ExclusiveGroupsTest {

    private static final Source NODE = Source.self("http://node.example/");
    private static final int VALUES = 300;

    /** A node holding {@code VALUES} experiments, each with a title and a theme, every one in its own graph. */
    private static DatasetGraph node() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < VALUES; i++) {
            Node e = experiment(i);
            dataset.add(e, e, NodeFactory.createURI("http://ex/title"), NodeFactory.createLiteralString("titre " + i));
            dataset.add(e, e, NodeFactory.createURI("http://ex/theme"), NodeFactory.createURI("http://ex/theme" + (i % 7)));
        }
        return dataset;
    }

    private static Node experiment(int i) {
        return NodeFactory.createURI("http://node.example/experiments/experimentation-numero-" + i);
    }

    /** Two stars bound to every experiment, as the second round of a bound join sends them. */
    private static List<RemoteQueries.Fetch> boundFetches() {
        List<Star> stars = new PatternExtraction().extract(Algebra.compile(QueryFactory.create(
                "SELECT * WHERE { ?a <http://ex/title> ?t . ?b <http://ex/theme> ?th }"))).stars();
        List<Node> values = IntStream.range(0, VALUES).mapToObj(ExclusiveGroupsTest::experiment).toList();
        return stars.stream().map(star -> new RemoteQueries.Fetch(star, values)).toList();
    }

    private static Graph fetched(List<ExclusiveGroups.FetchRequest> requests) {
        DatasetGraph node = node();
        Graph all = GraphFactory.createDefaultGraph();
        for (ExclusiveGroups.FetchRequest request : requests) {
            try (QueryExec exec = QueryExec.dataset(node).query(request.query()).build()) {
                exec.construct().find().forEachRemaining(all::add);
            }
        }
        return all;
    }

    @Test
    void requestsThatFitGoAsOneANode() {
        List<ExclusiveGroups.FetchRequest> requests = new ExclusiveGroups(1_000_000).requests(Map.of(NODE, boundFetches()), 2, Optional.empty());
        assertEquals(1, requests.size());
        assertEquals(2 * VALUES, fetched(requests).size());
    }

    @Test
    void aLongRequestIsCutByStarsThenValuesAndEachPartFitsAndTogetherTheyBringTheSameTriples() {
        List<ExclusiveGroups.FetchRequest> whole = new ExclusiveGroups(1_000_000).requests(Map.of(NODE, boundFetches()), 2, Optional.empty());
        int maxLength = 4_000;
        assertTrue(whole.getFirst().query().length() > 5 * maxLength, "the one request is far longer than allowed");

        List<RemoteQueries.Fetch> fetches = boundFetches();
        List<ExclusiveGroups.FetchRequest> cut = new ExclusiveGroups(maxLength).requests(Map.of(NODE, fetches), 2, Optional.empty());

        assertTrue(cut.size() > 5, "cut in " + cut.size());
        cut.forEach(request -> assertTrue(request.query().length() <= maxLength, request.query().length() + " characters"));
        cut.forEach(request -> assertEquals(NODE, request.source()));
        // every value of each star is sent exactly once
        for (RemoteQueries.Fetch fetch : fetches) {
            List<Node> sent = new ArrayList<>();
            cut.forEach(request -> request.fetches().stream().filter(f -> f.star() == fetch.star())
                    .forEach(f -> sent.addAll(f.subjectValues())));
            assertTrue(fetch.subjectValues().equals(sent), "star " + fetch.star().id() + ": " + sent.size() + " values sent, in order");
        }
        Graph expected = fetched(whole);
        Graph parts = fetched(cut);
        assertEquals(2 * VALUES, expected.size());
        assertTrue(expected.isIsomorphicWith(parts), "the parts bring what the whole request brings");
    }

    @Test
    void aFetchThatCannotBeCutGoesAloneRatherThanNotAtAll() {
        List<Star> stars = new PatternExtraction().extract(Algebra.compile(QueryFactory.create(
                "SELECT * WHERE { ?a <http://ex/title> ?t . ?b <http://ex/theme> ?th }"))).stars();
        List<RemoteQueries.Fetch> unbound = stars.stream().map(RemoteQueries.Fetch::unbound).toList();

        List<ExclusiveGroups.FetchRequest> requests = new ExclusiveGroups(10).requests(Map.of(NODE, unbound), 1, Optional.empty());

        assertEquals(2, requests.size(), "one request a star");
        assertEquals(2 * VALUES, fetched(requests).size());
    }
}
