package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.ElementService;

/**
 * The SERVICE clauses of a query. SERVICE is allowed only to a registered peer's {@code /sparql} (or this
 * node's own), where it is just a pattern evaluated on that peer: its body is sent as a SELECT, and the rows
 * come back into the local evaluation as inline data. Anything else is refused before any request is sent.
 */
final class ServiceCalls {

    /**
     * One SERVICE clause.
     *
     * @param element the clause in the query's syntax
     * @param source  the node that answers it
     * @param silent  SERVICE SILENT: a failure gives one empty row instead of an error
     * @param query   the SELECT sent to the node
     */
    record Call(ElementService element, Source source, boolean silent, String query) {}

    /** Every SERVICE clause of the query, each bound to its node; a problem for any other endpoint. */
    static List<Call> of(Query query, List<Source> sources) {
        List<Call> calls = new ArrayList<>();
        if (query.getQueryPattern() == null) {
            return calls;
        }
        OpVisitorBase finder = new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                Node service = op.getService();
                Source source = service.isURI() ? endpointOf(service.getURI(), sources).orElse(null) : null;
                if (source == null) {
                    throw new ServiceNotAllowedProblem(service.isURI() ? "<" + service.getURI() + ">" : service.toString());
                }
                ElementService element = op.getServiceElement();
                String select = "SELECT * WHERE " + element.getElement();
                calls.add(new Call(element, source, op.getSilent(), select));
            }
        };
        Walker.walk(Algebra.compile(query), finder, new ExprVisitorBase());
        return calls;
    }

    private static Optional<Source> endpointOf(String endpoint, List<Source> sources) {
        return sources.stream().filter(s -> endpoint.equals(s.nodeIri() + "sparql")).findFirst();
    }
}
