package org.w3id.cailloux.node.federation;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.mem.GraphMem;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.cailloux.node.sparql.ProtocolRequest;
import org.w3id.cailloux.node.sparql.QueryAnswer;
import org.w3id.cailloux.node.sparql.SparqlQuery;
import java.util.function.Supplier;
import org.w3id.cailloux.node.vocabulary.LiveVocabulary;

/**
 * Last phase: what the nodes sent is loaded into an in-memory dataset shaped like the federation's — each
 * node's triples in the named graph of its node IRI, the default graph their union plus the vocabulary — and
 * the original query runs on it with ARQ, under the local endpoint's time and result limits. Aggregates,
 * ORDER BY, OPTIONAL, sub-queries and paths thus mean exactly what they mean on one store.
 */
@Singleton
public class LocalEvaluation {

    private final SparqlQuery sparql;
    /** The vocabulary in an in-memory graph of Jena's, whose copy clones its tables instead of adding triple by triple. */
    private final Supplier<GraphMem> vocabulary;

    LocalEvaluation(SparqlQuery sparql, LiveVocabulary vocabulary) {
        this.sparql = sparql;
        this.vocabulary = vocabulary.derive(v -> {
            Graph graph = GraphFactory.createGraphMem();
            v.graph().find().forEachRemaining(graph::add);
            return (GraphMem) graph;
        });
    }

    QueryAnswer evaluate(ProtocolRequest request, Query query, Map<Source, Graph> data,
                         Map<ElementService, QueryAnswer.Rows> services, boolean hasServices) {
        // Each node's graph is linked in as its named graph, not copied; only the union is built
        Graph union = vocabulary.get().copy();
        DatasetGraph dataset = DatasetGraphFactory.createGeneral(union);
        data.forEach((source, graph) -> {
            if (!graph.isEmpty()) {
                dataset.addGraph(NodeFactory.createURI(source.nodeIri()), graph);
                graph.find().forEachRemaining(union::add);
            }
        });
        Query local = hasServices ? QueryTransformOps.transform(query, new ServiceToValues(services)) : query;
        return sparql.execute(dataset, request, local);
    }

    /** The answer from the nodes' partial aggregates ({@link AggregateMerge}), under the same limits. */
    QueryAnswer combine(ProtocolRequest request, Query query, PartialAggregation plan, Map<Source, QueryAnswer.Rows> partials) {
        List<Binding> rows = new ArrayList<>();
        partials.values().forEach(r -> rows.addAll(r.rows()));
        return sparql.execute(DatasetGraphFactory.create(), request, AggregateMerge.central(query, plan, rows));
    }
}
