package org.w3id.cailloux.node.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Outside SPARQL clients (Jena's HTTP client, RDF4J's SPARQLRepository) get the answers the node's own Jena gives. */
class SparqlClientsTest {

    private static final String ASK = SparqlEndpointTest.PREFIXES + "ASK { ?e cx:theme ?t . ?t skos:prefLabel ?l }";
    private static final String CONSTRUCT = SparqlEndpointTest.PREFIXES
            + "CONSTRUCT { ?e cx:theme ?label } WHERE { ?e a cx:Experiment ; cx:theme ?t . ?t skos:prefLabel ?label }";

    private static SparqlTestNode node;
    private static SPARQLRepository rdf4j;

    @BeforeAll
    static void start() throws Exception {
        node = SparqlTestNode.start();
        rdf4j = new SPARQLRepository(node.endpoint().toString());
        rdf4j.init();
    }

    @AfterAll
    static void stop() {
        rdf4j.shutDown();
        node.close();
    }

    @ParameterizedTest
    @EnumSource(value = QuerySendMode.class, names = {"asGetAlways", "asPostForm", "asPost"})
    void jenasHttpClientGetsTheSameRowsBooleanAndGraph(QuerySendMode mode) {
        for (String query : List.of(SparqlEndpointTest.THEMES_WITH_LABELS, SparqlEndpointTest.TRIPLES_PER_GRAPH)) {
            try (QueryExecHTTP exec = QueryExecHTTP.service(node.endpoint().toString()).query(query).sendMode(mode).build()) {
                ResultSetRewindable expected = SparqlTestNode.select(node.oracle, query);
                assertTrue(ResultsCompare.equalsByTerm(expected, ResultSet.adapt(exec.select())), query);
            }
        }
        try (QueryExecHTTP exec = QueryExecHTTP.service(node.endpoint().toString()).query(ASK).sendMode(mode).build()) {
            assertEquals(SparqlTestNode.ask(node.oracle, ASK), exec.ask());
        }
        try (QueryExecHTTP exec = QueryExecHTTP.service(node.endpoint().toString()).query(CONSTRUCT).sendMode(mode).build()) {
            Graph expected = SparqlTestNode.graph(node.oracle, CONSTRUCT);
            assertTrue(IsoMatcher.isomorphic(expected, exec.construct()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SparqlEndpointTest.THEMES_WITH_LABELS, SparqlEndpointTest.TRIPLES_PER_GRAPH})
    void rdf4jsSparqlRepositoryGetsTheSameRows(String query) {
        List<Map<String, Node>> served = new ArrayList<>();
        try (RepositoryConnection connection = rdf4j.getConnection();
             TupleQueryResult result = connection.prepareTupleQuery(query).evaluate()) {
            for (BindingSet bindings : result) {
                Map<String, Node> row = new HashMap<>();
                bindings.forEach(b -> row.put(b.getName(), jena(b.getValue())));
                served.add(row);
            }
        }
        List<Map<String, Node>> expected = new ArrayList<>();
        SparqlTestNode.select(node.oracle, query).forEachRemaining(solution -> {
            Map<String, Node> row = new HashMap<>();
            solution.varNames().forEachRemaining(v -> row.put(v, solution.get(v).asNode()));
            expected.add(row);
        });
        assertEquals(expected.size(), served.size());
        assertTrue(served.containsAll(expected) && expected.containsAll(served), "rows differ from the oracle's");
    }

    @ParameterizedTest
    @ValueSource(strings = {ASK, CONSTRUCT})
    void rdf4jsSparqlRepositoryGetsTheSameBooleanAndGraph(String query) {
        try (RepositoryConnection connection = rdf4j.getConnection()) {
            if (query.equals(ASK)) {
                assertEquals(SparqlTestNode.ask(node.oracle, query), connection.prepareBooleanQuery(query).evaluate());
                return;
            }
            Graph served = GraphFactory.createDefaultGraph();
            try (GraphQueryResult result = connection.prepareGraphQuery(query).evaluate()) {
                for (Statement st : result) {
                    served.add(Triple.create(jena(st.getSubject()), jena(st.getPredicate()), jena(st.getObject())));
                }
            }
            assertTrue(IsoMatcher.isomorphic(SparqlTestNode.graph(node.oracle, query), served), "graph differs from the oracle's");
        }
    }

    /** An RDF4J value as a Jena node (IRIs and literals; the queries here return no blank nodes). */
    private static Node jena(Value value) {
        if (value instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        Literal literal = (Literal) value;
        return literal.getLanguage()
                .map(lang -> NodeFactory.createLiteralLang(literal.getLabel(), lang))
                .orElseGet(() -> NodeFactory.createLiteralDT(literal.getLabel(),
                        TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue())));
    }
}
