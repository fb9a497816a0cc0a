package org.w3id.cailloux.node.federation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_If;
import org.apache.jena.sparql.expr.E_Divide;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprTransformer;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * The query that combines the nodes' partial aggregates: the original projection, HAVING, ORDER BY, DISTINCT and
 * slice over the nodes' rows given inline, grouped by the same keys, each aggregate replaced by its combination
 * (a COUNT by the SUM of the counts, AVG by the SUM of the sums over the SUM of the counts...). A node's row of
 * an implicit group with no match is left out, as that node contributes nothing to the group.
 */
final class AggregateMerge {

    private AggregateMerge() {}

    static Query central(Query original, PartialAggregation plan, List<Binding> rows) {
        Query central = new Query();
        central.setQuerySelectType();
        ElementData data = new ElementData();
        plan.rowVars().forEach(data::add);
        rows.stream().filter(r -> matched(r.get(plan.rows()))).forEach(data::add);
        ElementGroup where = new ElementGroup();
        where.addElement(data);
        central.setQueryPattern(where);
        plan.keys().forEach(central::addGroupBy);

        Map<Var, Expr> combined = new HashMap<>();
        for (PartialAggregation.Partial p : plan.partials()) {
            combined.put(p.aggregate(), combination(central, p));
        }
        ExprTransformCopy replace = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprAggregator aggregate) {
                return combined.getOrDefault(aggregate.getVar(), aggregate);
            }

            @Override
            public Expr transform(ExprVar var) {
                return combined.getOrDefault(var.asVar(), var);
            }
        };
        VarExprList project = original.getProject();
        for (Var v : project.getVars()) {
            Expr e = project.getExpr(v);
            if (e == null) {
                central.addResultVar(v);
            } else {
                central.addResultVar(v, ExprTransformer.transform(replace, e));
            }
        }
        if (original.hasHaving()) {
            original.getHavingExprs().forEach(e -> central.addHavingCondition(ExprTransformer.transform(replace, e)));
        }
        if (original.hasOrderBy()) {
            for (SortCondition c : original.getOrderBy()) {
                central.addOrderBy(ExprTransformer.transform(replace, c.getExpression()), c.getDirection());
            }
        }
        central.setDistinct(original.isDistinct());
        central.setReduced(original.isReduced());
        central.setLimit(original.getLimit());
        central.setOffset(original.getOffset());
        return central;
    }

    private static Expr combination(Query central, PartialAggregation.Partial p) {
        List<Expr> values = p.vars().stream().<Expr>map(ExprVar::new).toList();
        return switch (p.combine()) {
            case SUM -> central.allocAggregate(AggregatorFactory.createSum(false, values.get(0)));
            case MIN -> central.allocAggregate(AggregatorFactory.createMin(false, values.get(0)));
            case MAX -> central.allocAggregate(AggregatorFactory.createMax(false, values.get(0)));
            // the group has one row, from the one node that holds it
            case ONLY -> central.allocAggregate(AggregatorFactory.createSample(false, values.get(0)));
            case AVG -> {
                // AVG of no value is 0, as SPARQL defines it
                Expr sum = central.allocAggregate(AggregatorFactory.createSum(false, values.get(0)));
                Expr count = central.allocAggregate(AggregatorFactory.createSum(false, values.get(1)));
                yield new E_If(new E_Equals(count, NodeValue.nvZERO), NodeValue.nvZERO, new E_Divide(sum, count));
            }
        };
    }

    private static boolean matched(Node count) {
        return count == null || !count.isLiteral() || !"0".equals(count.getLiteralLexicalForm());
    }
}
