package org.w3id.cailloux.node.federation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction0;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * Phase 4: a FILTER over a basic graph pattern that uses only one star's variables travels with that star,
 * so a node sends only the matches that pass it. EXISTS, extension functions and functions whose value
 * differs from one evaluation to the next (RAND, NOW, BNODE, UUID) stay local.
 */
final class FilterPushdown {

    private static final Set<String> UNSTABLE = Set.of("rand", "now", "bnode", "uuid", "struuid");

    List<Star> apply(List<Star> stars, Map<Integer, List<Expr>> groupFilters) {
        return stars.stream().map(star -> {
            List<Expr> candidates = groupFilters.getOrDefault(star.group(), List.of());
            List<Expr> pushed = candidates.stream()
                    .filter(e -> star.vars().containsAll(e.getVarsMentioned()) && portable(e))
                    .toList();
            return star.withFilters(pushed);
        }).toList();
    }

    static boolean portable(Expr expr) {
        boolean[] portable = {true};
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp op) {
                portable[0] = false;
            }

            @Override
            public void visit(ExprFunction0 f) {
                check(f);
            }

            @Override
            public void visit(ExprFunction1 f) {
                check(f);
            }

            @Override
            public void visit(ExprFunctionN f) {
                check(f);
            }

            private void check(ExprFunction f) {
                String name = f.getFunctionSymbol() == null ? "" : f.getFunctionSymbol().getSymbol().toLowerCase();
                if (f instanceof E_Function || UNSTABLE.contains(name)) {
                    portable[0] = false;
                }
            }
        });
        return portable[0];
    }
}
