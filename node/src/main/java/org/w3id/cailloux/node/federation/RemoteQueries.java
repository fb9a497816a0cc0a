package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_OneOf;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.graph.NodeTransform;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.util.ExprUtils;
import org.apache.jena.sparql.util.FmtUtils;
import org.w3id.cailloux.node.index.QueryIndex;

/**
 * The SPARQL text sent to a node. A node's data is the union of its named graphs but the vocabulary's, so
 * each triple pattern is matched in its own {@code GRAPH ?g} with {@code ?g} not the vocabulary graph: a
 * node's {@code /sparql} default graph also holds its copy of the vocabulary, which is never counted as
 * its data. Each star's variables are renamed apart ({@code ?s<star>_<n>}), so that stars sent together in
 * one UNION cannot bind one another's template triples.
 */
final class RemoteQueries {

    private static final String VOCABULARY = "<" + QueryIndex.VOCABULARY_GRAPH.getURI() + ">";

    private RemoteQueries() {}

    /** What to fetch of one star: the star, and the values its subject variable is bound to (bound join), if any. */
    record Fetch(Star star, List<Node> subjectValues) {
        Fetch {
            subjectValues = List.copyOf(subjectValues);
        }

        static Fetch unbound(Star star) {
            return new Fetch(star, List.of());
        }
    }

    /** One row of booleans {@code ?a0, ?a1...}: whether each star has at least one match in the node's data. */
    static String exists(List<Star> stars) {
        StringBuilder text = new StringBuilder("SELECT * WHERE {\n");
        for (int i = 0; i < stars.size(); i++) {
            text.append("  BIND(EXISTS ").append(pattern(Fetch.unbound(stars.get(i)))).append(" AS ?a").append(i).append(")\n");
        }
        return text.append("}").toString();
    }

    /** The triples of the node's data that match the stars (each within the node's data), only the top matches when set. */
    static String construct(List<Fetch> fetches, Optional<LimitPushdown.TopK> limit) {
        String template = fetches.stream().flatMap(f -> renamed(f.star()).triples().stream())
                .map(RemoteQueries::triple).collect(Collectors.joining(" .\n  ", "  ", " ."));
        String where;
        if (limit.isPresent()) {
            // Distinct matches of the one star, so that a match found in two of the node's graphs counts once
            Star star = fetches.getFirst().star();
            String vars = renamed(star).vars().stream().map(Var::toString).collect(Collectors.joining(" "));
            where = "{ SELECT DISTINCT " + vars + " WHERE " + pattern(fetches.getFirst()) + orderBy(star, limit.get().order())
                    + " LIMIT " + limit.get().rows() + " }";
        } else {
            where = fetches.stream().map(RemoteQueries::pattern).collect(Collectors.joining("\n  UNION\n  ", "  ", ""));
        }
        return "CONSTRUCT {\n" + template + "\n}\nWHERE {\n" + where + "\n}";
    }

    /** The ORDER BY clause of the query in the star's renamed variables, or nothing. */
    private static String orderBy(Star star, List<SortCondition> order) {
        if (order.isEmpty()) {
            return "";
        }
        NodeTransform rename = renaming(star);
        return order.stream().map(c -> {
            String e = "(" + expression(c.getExpression().applyNodeTransform(rename)) + ")";
            return c.getDirection() == Query.ORDER_DESCENDING ? "DESC" + e : "ASC" + e;
        }).collect(Collectors.joining(" ", " ORDER BY ", ""));
    }

    /** The star as a group pattern over the node's data, with its pushed filters and bound values. */
    static String pattern(Fetch fetch) {
        Star star = renamed(fetch.star());
        StringBuilder text = new StringBuilder("{ ");
        if (!fetch.subjectValues().isEmpty()) {
            text.append("VALUES ").append(star.subject()).append(" { ")
                    .append(fetch.subjectValues().stream().map(RemoteQueries::term).collect(Collectors.joining(" ")))
                    .append(" } ");
        }
        return text.append(nodeData(star.triples(), star.filters(), "?s" + star.id() + "_g")).append("}").toString();
    }

    /**
     * The triple patterns matched in the node's data (each in a graph {@code <graphVar><n>} but the vocabulary's), then
     * the filters; a filter {@code ?v IN (<iri>, ...)} goes as {@code VALUES ?v { <iri> ... }} first, which means the
     * same for IRIs and which a node evaluates as look-ups, where it would test the IN against every match.
     */
    static String nodeData(List<Triple> triples, List<Expr> filters, String graphVar) {
        StringBuilder text = new StringBuilder();
        List<Expr> tested = new ArrayList<>();
        for (Expr filter : filters) {
            if (filter instanceof E_OneOf in && in.getLHS() instanceof ExprVar var && !in.getRHS().isEmpty()
                    && in.getRHS().getList().stream().allMatch(e -> e.isConstant() && e.getConstant().asNode().isURI())) {
                text.append("VALUES ").append(var.asVar()).append(" { ")
                        .append(in.getRHS().getList().stream().map(e -> term(e.getConstant().asNode())).collect(Collectors.joining(" ")))
                        .append(" } ");
            } else {
                tested.add(filter);
            }
        }
        StringBuilder notVocabulary = new StringBuilder();
        for (int i = 0; i < triples.size(); i++) {
            String graph = graphVar + i;
            text.append("GRAPH ").append(graph).append(" { ").append(triple(triples.get(i))).append(" } ");
            notVocabulary.append(i == 0 ? "" : " && ").append(graph).append(" != ").append(VOCABULARY);
        }
        text.append("FILTER(").append(notVocabulary).append(") ");
        for (Expr filter : tested) {
            text.append("FILTER(").append(expression(filter)).append(") ");
        }
        return text.toString();
    }

    /** A triple pattern in full, without prefixes: the text goes out with no prologue. */
    static String triple(Triple t) {
        return term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject());
    }

    static String term(Node node) {
        return FmtUtils.stringForNode(node, new SerializationContext(PrefixMapping.Factory.create()));
    }

    static String expression(Expr expr) {
        IndentedLineBuffer out = new IndentedLineBuffer();
        ExprUtils.fmtSPARQL(out, expr, new SerializationContext(PrefixMapping.Factory.create()));
        return out.asString();
    }

    /** The star with its variables (blank-node variables included) renamed {@code ?s<id>_<n>}. */
    static Star renamed(Star star) {
        NodeTransform rename = renaming(star);
        List<Triple> triples = star.triples().stream()
                .map(t -> Triple.create(rename.apply(t.getSubject()), rename.apply(t.getPredicate()), rename.apply(t.getObject())))
                .toList();
        List<Expr> filters = star.filters().stream().map(e -> e.applyNodeTransform(rename)).toList();
        return new Star(star.id(), star.group(), star.scope(), triples, filters);
    }

    private static NodeTransform renaming(Star star) {
        Map<Var, Var> names = new HashMap<>();
        for (Var v : star.vars()) {
            names.put(v, Var.alloc("s" + star.id() + "_" + names.size()));
        }
        return n -> n.isVariable() ? names.getOrDefault(Var.alloc(n), Var.alloc(n)) : n;
    }
}
