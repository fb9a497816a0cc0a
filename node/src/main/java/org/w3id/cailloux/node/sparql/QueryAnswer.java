package org.w3id.cailloux.node.sparql;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The answer to a query, complete and detached from the index (so it can be written after the
 * read transaction ends): rows, a boolean, or triples. {@code truncated} says the result limit was hit.
 */
public sealed interface QueryAnswer {

    /** True when more results existed than the result limit let through. */
    boolean truncated();

    /** The rows of a SELECT, at most the result limit. */
    record Rows(List<Var> vars, List<Binding> rows, boolean truncated) implements QueryAnswer {}

    /** The answer of an ASK. */
    record Bool(boolean value) implements QueryAnswer {
        @Override
        public boolean truncated() {
            return false;
        }
    }

    /** The graph of a CONSTRUCT or DESCRIBE, at most the result limit in triples. */
    record Triples(Graph graph, boolean truncated) implements QueryAnswer {}
}
