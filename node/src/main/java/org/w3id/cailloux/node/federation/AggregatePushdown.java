package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggAvg;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.expr.aggregate.AggCountVar;
import org.apache.jena.sparql.expr.aggregate.AggCountVarDistinct;
import org.apache.jena.sparql.expr.aggregate.AggMax;
import org.apache.jena.sparql.expr.aggregate.AggMaxDistinct;
import org.apache.jena.sparql.expr.aggregate.AggMin;
import org.apache.jena.sparql.expr.aggregate.AggMinDistinct;
import org.apache.jena.sparql.expr.aggregate.AggSum;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.w3id.cailloux.node.federation.PartialAggregation.Combine;
import org.w3id.cailloux.node.federation.PartialAggregation.Partial;
import org.w3id.cailloux.node.federation.SourceSelection.StarSelection;

/**
 * Phase 9: GROUP BY and aggregates go to the nodes when every match of the grouped pattern lies in one node's
 * data and no two nodes find the same match: the pattern is one basic graph pattern (with FILTERs) inside
 * {@code GRAPH ?g} or {@code GRAPH <iri>}, or, in the default graph, one star whose subject a record owns (an
 * experiment, with its parts joined in). Each node then answers its own groups with partial aggregates
 * (COUNT and SUM as such, MIN, MAX, AVG as SUM and COUNT); COUNT(DISTINCT ?x) only when a value of ?x cannot
 * occur on two nodes. Anything else is fetched and grouped here, and so is a pattern whose request would be
 * longer than {@code cailloux.federation.max-request-length}. A pattern of any other shape inside {@code GRAPH ?g},
 * grouped by {@code ?g}, goes to the nodes too ({@link OneGraphGroups}): each group is one city's, computed whole.
 */
final class AggregatePushdown {

    /** Pushed down, or why not. */
    record Decision(Optional<PartialAggregation> pushed, String reason) {
        static Decision no(String reason) {
            return new Decision(Optional.empty(), reason);
        }
    }

    private final RecordParts parts;
    private final int maxLength;

    /** Pushdown for these record parts, never in a request longer than {@code maxLength} characters. */
    AggregatePushdown(RecordParts parts, int maxLength) {
        this.parts = parts;
        this.maxLength = maxLength;
    }

    Decision plan(Query query, Op op, List<Star> stars, List<StarSelection> selections, int localPatterns, boolean services) {
        if (!query.isSelectType() || !(query.hasGroupBy() || query.hasAggregators())) {
            return Decision.no("no GROUP BY or aggregate");
        }
        if (services || query.hasValues() || localPatterns != 0 || query.isQueryResultStar()) {
            return Decision.no("SERVICE, VALUES or vocabulary patterns are joined here");
        }
        OpGroup group = GroupedPattern.group(op);
        if (group == null) {
            return Decision.no("the grouping is under another operator");
        }
        GroupedPattern shape = GroupedPattern.of(group.getSubOp());
        if (shape == null) {
            OneGraphGroups groups = OneGraphGroups.of(group.getSubOp(), group.getGroupVars().getVars());
            return groups == null
                    ? Decision.no("the grouped pattern is more than one basic graph pattern with FILTERs, and not grouped by its GRAPH variable")
                    : perCity(group, groups, stars, selections);
        }
        Set<Var> inScope = new HashSet<>();
        shape.triples().forEach(t -> List.of(t.getSubject(), t.getPredicate(), t.getObject())
                .forEach(n -> { if (n.isVariable()) inScope.add(Var.alloc(n)); }));
        if (inScope.isEmpty() || !inScope.stream().allMatch(v -> Var.isNamedVar((Node) v))
                || !shape.filters().stream().allMatch(FilterPushdown::portable)) {
            return Decision.no("blank nodes or filters that cannot travel");
        }
        if (stars.stream().mapToInt(s -> s.triples().size()).sum() != shape.triples().size()) {
            // an EXISTS in HAVING or a projection matches other patterns, which a node's groups cannot answer
            return Decision.no("the query matches patterns outside the grouped one");
        }
        Set<Node> owned = parts.ownedSubjects(shape.triples());
        if (shape.graph() == null && !(stars.size() == 1 && owned.contains(stars.getFirst().subject()))) {
            return Decision.no("in the default graph, a match may join data of several nodes");
        }
        if (shape.graph() != null && shape.graph().isVariable()) {
            inScope.add(Var.alloc(shape.graph()));
        }
        List<Var> keys = group.getGroupVars().getVars();
        if (!keys.stream().allMatch(k -> group.getGroupVars().getExpr(k) == null && inScope.contains(k))) {
            return Decision.no("a GROUP BY expression or a key outside the pattern");
        }
        Set<String> used = new HashSet<>();
        inScope.forEach(v -> used.add(v.getVarName()));
        List<Partial> partials = new ArrayList<>();
        for (ExprAggregator aggregate : group.getAggregators()) {
            Optional<Partial> partial = partial(aggregate, shape, keys, owned, inScope, used);
            if (partial.isEmpty()) {
                return Decision.no(aggregate.getAggregator().toPrefixString() + " cannot be split per node");
            }
            partials.add(partial.get());
        }
        Var rows = Var.alloc(fresh("rows", used));
        String graphVar = "?" + fresh("g", used);
        List<Source> sources = sources(selections);
        List<PartialAggregation.Request> requests = sources.stream()
                .map(s -> new PartialAggregation.Request(s, text(s, shape, inScope, keys, partials, rows, graphVar))).toList();
        if (requests.stream().anyMatch(r -> r.query().length() > maxLength)) {
            // a grouped pattern cannot be cut; its matches can, in data requests
            return Decision.no("the request would be longer than cailloux.federation.max-request-length");
        }
        return new Decision(Optional.of(new PartialAggregation(keys, partials, rows, requests)),
                "every match lies in one node's data");
    }

    /** Groups that are each one city's: every aggregate is computed whole by that city's node. */
    private Decision perCity(OpGroup group, OneGraphGroups groups, List<Star> stars, List<StarSelection> selections) {
        if (!groups.filters().stream().allMatch(FilterPushdown::portable)) {
            return Decision.no("filters that cannot travel");
        }
        if (stars.stream().mapToInt(s -> s.triples().size()).sum() != groups.triples().size()) {
            return Decision.no("the query matches patterns outside the grouped one");
        }
        List<Var> keys = group.getGroupVars().getVars();
        if (!keys.stream().allMatch(k -> group.getGroupVars().getExpr(k) == null && groups.vars().contains(k))) {
            return Decision.no("a GROUP BY expression or a key outside the pattern");
        }
        Set<String> used = new HashSet<>();
        groups.vars().forEach(v -> used.add(v.getVarName()));
        List<Partial> partials = new ArrayList<>();
        for (ExprAggregator aggregate : group.getAggregators()) {
            Aggregator agg = aggregate.getAggregator();
            if (agg.getExprList() != null && !agg.getExprList().getList().stream()
                    .allMatch(e -> groups.vars().containsAll(e.getVarsMentioned()) && FilterPushdown.portable(e))) {
                return Decision.no(agg.toPrefixString() + " cannot be computed by a node");
            }
            partials.add(new Partial(aggregate.getVar(), Combine.ONLY, List.of(Var.alloc(fresh("p", used))), List.of(text(agg))));
        }
        Var rows = Var.alloc(fresh("rows", used));
        String graphBase = "?" + fresh("g", used);
        List<PartialAggregation.Request> requests = groups.sources(selections).stream()
                .map(s -> new PartialAggregation.Request(s, perCityText(s, groups, keys, partials, rows, graphBase))).toList();
        if (requests.stream().anyMatch(r -> r.query().length() > maxLength)) {
            return Decision.no("the request would be longer than cailloux.federation.max-request-length");
        }
        return new Decision(Optional.of(new PartialAggregation(keys, partials, rows, requests)),
                "each group is one city's graph, computed whole by its node");
    }

    private static String perCityText(Source source, OneGraphGroups groups, List<Var> keys, List<Partial> partials, Var rows, String graphBase) {
        StringBuilder text = new StringBuilder("SELECT");
        keys.forEach(k -> text.append(' ').append(k));
        text.append(" (COUNT(*) AS ").append(rows).append(')');
        partials.forEach(p -> text.append(" (").append(p.text().getFirst()).append(" AS ").append(p.vars().getFirst()).append(')'));
        text.append("\nWHERE {\n  ").append(groups.text(graphBase)).append("\n  VALUES ").append(groups.graph()).append(" { ")
                .append(RemoteQueries.term(org.apache.jena.graph.NodeFactory.createURI(source.nodeIri()))).append(" }\n}\nGROUP BY ")
                .append(keys.stream().map(Var::toString).collect(Collectors.joining(" ")));
        return text.toString();
    }

    private Optional<Partial> partial(ExprAggregator aggregate, GroupedPattern shape, List<Var> keys, Set<Node> owned, Set<Var> inScope,
                                      Set<String> used) {
        Aggregator agg = aggregate.getAggregator();
        Var var = aggregate.getVar();
        if (agg.getExprList() != null && !agg.getExprList().getList().stream()
                .allMatch(e -> inScope.containsAll(e.getVarsMentioned()) && FilterPushdown.portable(e))) {
            return Optional.empty();
        }
        Var p = Var.alloc(fresh("p", used));
        return switch (agg) {
            case AggCount c -> Optional.of(new Partial(var, Combine.SUM, List.of(p), List.of(text(agg))));
            case AggCountVar c -> Optional.of(new Partial(var, Combine.SUM, List.of(p), List.of(text(agg))));
            case AggCountVarDistinct c when distinctLocal(c.getExprList().get(0), shape, keys, owned) ->
                    Optional.of(new Partial(var, Combine.SUM, List.of(p), List.of(text(agg))));
            case AggSum s -> Optional.of(new Partial(var, Combine.SUM, List.of(p), List.of(text(agg))));
            case AggMin m -> Optional.of(new Partial(var, Combine.MIN, List.of(p), List.of(text(agg))));
            case AggMinDistinct m -> Optional.of(new Partial(var, Combine.MIN, List.of(p), List.of(text(agg))));
            case AggMax m -> Optional.of(new Partial(var, Combine.MAX, List.of(p), List.of(text(agg))));
            case AggMaxDistinct m -> Optional.of(new Partial(var, Combine.MAX, List.of(p), List.of(text(agg))));
            case AggAvg a -> {
                Expr e = a.getExprList().get(0);
                Var count = Var.alloc(fresh("p", used));
                yield Optional.of(new Partial(var, Combine.AVG, List.of(p, count),
                        List.of(text(AggregatorFactory.createSum(false, e)), text(AggregatorFactory.createCountExpr(false, e)))));
            }
            default -> Optional.empty();
        };
    }

    /** Whether no value of the counted expression can be found on two nodes within one group. */
    private static boolean distinctLocal(Expr counted, GroupedPattern shape, List<Var> keys, Set<Node> owned) {
        if (shape.graph() != null && (shape.graph().isURI() || keys.contains(Var.alloc(shape.graph())))) {
            return true;
        }
        if (!counted.isVariable()) {
            return false;
        }
        Var v = counted.asVar();
        return owned.contains(v) || (shape.graph() != null && shape.graph().equals(v));
    }

    private static String text(Source source, GroupedPattern shape, Set<Var> inScope, List<Var> keys, List<Partial> partials, Var rows,
                               String graphVar) {
        Node graph = shape.graph();
        Set<Var> matched = new java.util.LinkedHashSet<>(inScope);
        if (graph != null && graph.isVariable() && shape.triples().stream().noneMatch(t -> t.getSubject().equals(graph)
                || t.getPredicate().equals(graph) || t.getObject().equals(graph))) {
            matched.remove(Var.alloc(graph));
        }
        StringBuilder text = new StringBuilder("SELECT");
        keys.forEach(k -> text.append(' ').append(k));
        text.append(" (COUNT(*) AS ").append(rows).append(')');
        for (Partial p : partials) {
            for (int i = 0; i < p.vars().size(); i++) {
                text.append(" (").append(p.text().get(i)).append(" AS ").append(p.vars().get(i)).append(')');
            }
        }
        // Distinct matches: a triple held in two of the node's graphs is one triple of its data
        text.append("\nWHERE {\n  { SELECT DISTINCT ").append(matched.stream().map(Var::toString).collect(Collectors.joining(" ")))
                .append(" WHERE { ").append(RemoteQueries.nodeData(shape.triples(), shape.filters(), graphVar)).append("} }\n");
        if (graph != null && graph.isVariable()) {
            text.append("  VALUES ").append(graph).append(" { ").append(RemoteQueries.term(org.apache.jena.graph.NodeFactory
                    .createURI(source.nodeIri()))).append(" }\n");
        }
        text.append("}");
        if (!keys.isEmpty()) {
            text.append("\nGROUP BY ").append(keys.stream().map(Var::toString).collect(Collectors.joining(" ")));
        }
        return text.toString();
    }

    /** The nodes that may match every star of the pattern. */
    private static List<Source> sources(List<StarSelection> selections) {
        List<Source> sources = new ArrayList<>(selections.getFirst().sources());
        selections.forEach(s -> sources.retainAll(s.sources()));
        return sources;
    }

    private static String text(Aggregator agg) {
        return agg.asSparqlExpr(new SerializationContext(PrefixMapping.Factory.create()));
    }

    private static String fresh(String base, Set<String> used) {
        String name = "fed_" + base;
        for (int i = 0; used.contains(name); i++) {
            name = "fed_" + base + i;
        }
        used.add(name);
        return name;
    }
}
