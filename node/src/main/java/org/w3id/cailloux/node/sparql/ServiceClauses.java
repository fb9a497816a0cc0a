package org.w3id.cailloux.node.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/** Finds SERVICE anywhere in a query: in its pattern, its sub-queries and its EXISTS filters. */
final class ServiceClauses {

    private ServiceClauses() {}

    static boolean present(Query query) {
        if (query.getQueryPattern() == null) {
            return false;
        }
        boolean[] found = {false};
        OpVisitorBase finder = new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found[0] = true;
            }
        };
        // The expression visitor makes the walker enter EXISTS and NOT EXISTS patterns too
        Walker.walk(Algebra.compile(query), finder, new ExprVisitorBase());
        return found[0];
    }
}
