package org.w3id.cailloux.federation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.util.IsoMatcher;

/**
 * The answer to a SPARQL query, whoever gave it: rows (SELECT), a boolean (ASK) or a graph
 * (CONSTRUCT, DESCRIBE); compared by term, blank nodes up to renaming, in order when the query
 * orders its results.
 */
public final class Answer {

    private final List<Var> vars;
    private final List<Binding> rows;
    private final Boolean bool;
    private final Graph graph;

    private Answer(List<Var> vars, List<Binding> rows, Boolean bool, Graph graph) {
        this.vars = vars;
        this.rows = rows;
        this.bool = bool;
        this.graph = graph;
    }

    /** Runs the query on a local execution (the oracle's, or an ARQ with SERVICE clauses). */
    public static Answer of(Query query, QueryExec exec) {
        try (exec) {
            if (query.isSelectType()) {
                RowSet rs = exec.select();
                List<Binding> rows = new ArrayList<>();
                rs.forEachRemaining(rows::add);
                return new Answer(rs.getResultVars(), rows, null, null);
            }
            if (query.isAskType()) {
                return new Answer(null, null, exec.ask(), null);
            }
            return new Answer(null, null, null, query.isConstructType() ? exec.construct() : exec.describe());
        }
    }

    /** Reads an HTTP answer in the format its content type names. */
    public static Answer parse(Query query, String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (query.isSelectType() || query.isAskType()) {
            Lang lang = type.contains("xml") ? ResultSetLang.RS_XML : type.contains("csv") ? ResultSetLang.RS_CSV
                    : type.contains("tab-separated") ? ResultSetLang.RS_TSV : ResultSetLang.RS_JSON;
            if (query.isAskType()) {
                return new Answer(null, null, ResultSetMgr.readBoolean(new ByteArrayInputStream(body), lang), null);
            }
            return fromResultSet(ResultSetMgr.read(new ByteArrayInputStream(body), lang));
        }
        Lang lang = type.isEmpty() ? Lang.TURTLE : org.apache.jena.riot.RDFLanguages.contentTypeToLang(type);
        return new Answer(null, null, null, RDFParser.source(new ByteArrayInputStream(body)).lang(lang == null ? Lang.TURTLE : lang).toGraph());
    }

    /** Reads an expected answer kept in a case folder ({@code .srj} or {@code .ttl}). */
    public static Answer read(Query query, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return parse(query, query.isSelectType() || query.isAskType() ? "application/sparql-results+json" : "text/turtle", bytes);
    }

    static Answer fromResultSet(ResultSet rs) {
        RowSet rowSet = RowSet.adapt(rs);
        List<Binding> rows = new ArrayList<>();
        rowSet.forEachRemaining(rows::add);
        return new Answer(rowSet.getResultVars(), rows, null, null);
    }

    /** Rows built by an outside client. */
    static Answer ofRows(List<Var> vars, List<Binding> rows) {
        return new Answer(List.copyOf(vars), List.copyOf(rows), null, null);
    }

    /** True if both answers say the same: in the same order if {@code ordered}. */
    public boolean sameAs(Answer other, boolean ordered) {
        if (bool != null || other.bool != null) {
            return bool != null && bool.equals(other.bool);
        }
        if (graph != null || other.graph != null) {
            return graph != null && other.graph != null && IsoMatcher.isomorphic(graph, other.graph);
        }
        if (!new java.util.HashSet<>(vars).equals(new java.util.HashSet<>(other.vars))) {
            return false;
        }
        RowSet mine = RowSetStream.create(vars, rows.iterator());
        RowSet theirs = RowSetStream.create(other.vars, other.rows.iterator());
        return ordered ? ResultsCompare.equalsByTermAndOrder(mine, theirs) : ResultsCompare.equalsByTerm(mine, theirs);
    }

    /** True if the query orders its results, so that answers must agree on the order too. */
    public static boolean ordered(Query query) {
        return query.hasOrderBy();
    }

    /** The number of rows (SELECT), triples (graphs), or 1 for a boolean. */
    public int size() {
        return rows != null ? rows.size() : graph != null ? graph.size() : 1;
    }

    /** The rows of a SELECT answer. */
    public List<Binding> rows() {
        return rows;
    }

    /** The answer as it is kept in a case folder: SPARQL JSON results, or Turtle. */
    public String write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bool != null) {
            ResultSetMgr.write(out, bool.booleanValue(), ResultSetLang.RS_JSON);
        } else if (rows != null) {
            ResultSetMgr.write(out, ResultSet.adapt(RowSetStream.create(vars, rows.iterator())), ResultSetLang.RS_JSON);
        } else {
            RDFDataMgr.write(out, graph, Lang.TURTLE);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A short readable form for assertion messages. */
    @Override
    public String toString() {
        if (bool != null) {
            return "ASK " + bool;
        }
        if (graph != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, graph, Lang.NTRIPLES);
            return graph.size() + " triples:\n" + out.toString(StandardCharsets.UTF_8).lines().sorted().limit(40)
                    .reduce("", (a, b) -> a + b + "\n");
        }
        List<String> lines = new ArrayList<>();
        for (Binding b : rows) {
            StringBuilder line = new StringBuilder();
            for (Var v : vars) {
                line.append(b.get(v) == null ? "-" : b.get(v).toString()).append('\t');
            }
            lines.add(line.toString());
        }
        return rows.size() + " rows " + vars + ":\n" + String.join("\n", lines.subList(0, Math.min(40, lines.size())));
    }

    static Query query(String text) {
        return QueryFactory.create(text);
    }
}
