package org.w3id.cailloux.federation;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.eclipse.rdf4j.federated.FedXFactory;
import org.eclipse.rdf4j.federated.repository.FedXRepository;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;

/** RDF4J FedX, the outside federator, over the nodes' own {@code /sparql} endpoints; answers as Jena rows. */
public final class FedX implements AutoCloseable {

    private final FedXRepository repository;

    /** A FedX federation of these SPARQL endpoints. */
    public FedX(List<String> endpoints) {
        try {
            this.repository = FedXFactory.createSparqlFederation(endpoints);
        } catch (Exception e) {
            throw new IllegalStateException("FedX did not start over " + endpoints, e);
        }
    }

    /** Runs a SELECT query through FedX. */
    public Answer select(String query) {
        try (RepositoryConnection connection = repository.getConnection();
             TupleQueryResult result = connection.prepareTupleQuery(query).evaluate()) {
            List<Var> vars = result.getBindingNames().stream().map(Var::alloc).toList();
            List<Binding> rows = new ArrayList<>();
            while (result.hasNext()) {
                BindingSet row = result.next();
                BindingBuilder builder = Binding.builder();
                for (Var v : vars) {
                    Value value = row.getValue(v.getVarName());
                    if (value != null) {
                        builder.add(v, node(value));
                    }
                }
                rows.add(builder.build());
            }
            return Answer.ofRows(vars, rows);
        }
    }

    /** Counts the rows of a SELECT query, without keeping them (for the benchmark). */
    public long count(String query) {
        long n = 0;
        try (RepositoryConnection connection = repository.getConnection();
             TupleQueryResult result = connection.prepareTupleQuery(query).evaluate()) {
            while (result.hasNext()) {
                result.next();
                n++;
            }
        }
        return n;
    }

    static Node node(Value value) {
        if (value instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (value instanceof BNode bnode) {
            return NodeFactory.createBlankNode(bnode.getID());
        }
        Literal literal = (Literal) value;
        if (literal.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(literal.getLabel(), literal.getLanguage().get());
        }
        return NodeFactory.createLiteralDT(literal.getLabel(), TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue()));
    }

    @Override
    public void close() {
        repository.shutDown();
    }
}
