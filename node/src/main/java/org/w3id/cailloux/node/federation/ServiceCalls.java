package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * The SERVICE clauses of a query. SERVICE is allowed only to a registered peer's {@code /sparql} (or this
 * node's own), where it is just a pattern evaluated on that peer: its body is sent as a SELECT, and the rows
 * come back into the local evaluation as inline data ({@link ServiceToValues}, which walks the query the same
 * way). Anything else is refused before any request is sent.
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

    private ServiceCalls() {}

    /** Every SERVICE clause of the query (sub-queries and EXISTS included), each bound to its node; a problem for any other endpoint. */
    static List<Call> of(Query query, List<Source> sources) {
        List<Call> calls = new ArrayList<>();
        if (query.getQueryPattern() == null) {
            return calls;
        }
        QueryTransformOps.transform(query, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementService service, Node endpoint, Element body) {
                Node node = service.getServiceNode();
                Source source = node.isURI() ? endpointOf(node.getURI(), sources).orElse(null) : null;
                if (source == null) {
                    throw new ServiceNotAllowedProblem(node.isURI() ? "<" + node.getURI() + ">" : node.toString());
                }
                // The clause's own body, as written: the peer evaluates it over its default graph, as SERVICE means
                Query select = new Query();
                select.setQuerySelectType();
                select.setQueryResultStar(true);
                select.setQueryPattern(service.getElement());
                calls.add(new Call(service, source, service.getSilent(), select.toString()));
                return service;
            }
        });
        return calls;
    }

    private static Optional<Source> endpointOf(String endpoint, List<Source> sources) {
        return sources.stream().filter(s -> endpoint.equals(s.nodeIri() + "sparql")).findFirst();
    }
}
