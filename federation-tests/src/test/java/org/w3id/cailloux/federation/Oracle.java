package org.w3id.cailloux.federation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/**
 * What a federated query must answer: the same query on ONE Jena in-memory dataset where each
 * node's published data is the named graph named by its node IRI, and the default graph is the
 * union of them all plus the vocabulary.
 */
public final class Oracle {

    /** Every triple a node publishes, whatever record graph holds it, the vocabulary left out. */
    private static final String PUBLISHED = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + CX.ONTOLOGY + ">) }";

    private final DatasetGraph dataset;

    private Oracle(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** An oracle to fill with nodes' data. */
    public static Builder builder() {
        return new Builder();
    }

    /** The answer the federation must give to this query. */
    public Answer answer(Query query) {
        return Answer.of(query, QueryExec.dataset(dataset).query(query).build());
    }

    /** The dataset, for benchmarks and checks that look inside. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** Collects each node's data, read from its own SPARQL endpoint (not through its proxy). */
    public static final class Builder {
        private final Map<String, Graph> graphs = new LinkedHashMap<>();

        private Builder() {}

        /** The data of the node whose IRI is {@code nodeIri}, read from {@code sparqlEndpoint}. */
        public Builder node(String nodeIri, String sparqlEndpoint) {
            graphs.put(nodeIri, QueryExecHTTP.service(sparqlEndpoint).query(PUBLISHED).construct());
            return this;
        }

        /** The data of the node whose IRI is {@code nodeIri}, given directly. */
        public Builder node(String nodeIri, Graph data) {
            graphs.put(nodeIri, data);
            return this;
        }

        /** The oracle, its default graph the union of the nodes' graphs and the vocabulary. */
        public Oracle build() {
            DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
            Graph defaultGraph = dataset.getDefaultGraph();
            TransitionVocabulary.load().graph().find().forEachRemaining(defaultGraph::add);
            graphs.forEach((iri, graph) -> {
                dataset.addGraph(NodeFactory.createURI(iri), graph);
                graph.find().forEachRemaining(defaultGraph::add);
            });
            return new Oracle(dataset);
        }
    }
}
