package org.w3id.cailloux.node.sparql;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.update.UpdateFactory;
import org.w3id.cailloux.node.index.QueryIndex;

/**
 * One SPARQL query over the query index, as Fuseki's {@code SPARQL_QueryDataset} does it: validate
 * (size, syntax, no update, no SERVICE, dataset parameters), then execute in a read transaction under
 * the time limit, keeping at most the result limit.
 */
@Singleton
public class SparqlQuery {

    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

    private final QueryIndex index;
    private final SparqlSettings settings;
    private final AnswerCache cache;
    private final Counter timeouts;

    SparqlQuery(QueryIndex index, SparqlSettings settings, AnswerCache cache, MeterRegistry meters) {
        this.timeouts = Counter.builder("cailloux.sparql.timeouts").description("queries stopped at the time limit (this node's"
                + " /sparql, and the federation's evaluation here)").register(meters);
        this.index = index;
        this.settings = settings;
        this.cache = cache;
    }

    /** The parsed query of {@code request}, or a problem saying why it is refused; relative IRIs resolve against {@code base}. */
    public Query validate(ProtocolRequest request, String base) {
        Query query = parse(request, base);
        if (ServiceClauses.present(query)) {
            throw new ServiceRefusedProblem();
        }
        return query;
    }

    /**
     * The parsed query of {@code request} with every check of {@link #validate} except the one on SERVICE,
     * for the federation endpoint, which allows SERVICE to registered peers and checks it itself.
     */
    public Query parse(ProtocolRequest request, String base) {
        String text = request.query();
        if (text == null || text.isBlank()) {
            throw new MissingQueryProblem();
        }
        if (text.length() > settings.getMaxQueryLength()) {
            throw new QueryTooLargeProblem(text.length(), settings.getMaxQueryLength());
        }
        Query query = parse(text, base);
        if (query.isJsonType()) {
            throw new MalformedRequestProblem("JSON queries are not part of SPARQL 1.1; use SELECT, ASK, CONSTRUCT or DESCRIBE.");
        }
        request.defaultGraphUris().forEach(SparqlQuery::checkGraphIri);
        request.namedGraphUris().forEach(SparqlQuery::checkGraphIri);
        return query;
    }

    /**
     * The answer kept for {@code request} on the index as it is now, if any: a request answered before, so
     * already checked (it is looked up by its text, before parsing, which costs more than the look-up).
     */
    public Optional<AnswerCache.Kept> cached(ProtocolRequest request) {
        return request.query() == null ? Optional.empty() : cache.get(key(request));
    }

    /**
     * Runs a query {@link #validate validated} for {@code request} over the index, the protocol's dataset
     * parameters winning over FROM, and keeps the answer for the same request on the same state of the index.
     */
    public AnswerCache.Kept execute(ProtocolRequest request, Query query) {
        AnswerCache.Key key = key(request);
        return cache.put(key, Txn.calculateRead(index.dataset(), () -> execute(index.dataset(), request, query)));
    }

    // The watermark is read before the transaction starts: the data read is then at least as recent as the key says
    private AnswerCache.Key key(ProtocolRequest request) {
        return new AnswerCache.Key(request.query(), request.defaultGraphUris(), request.namedGraphUris(), index.watermark(), true);
    }

    /**
     * Runs a query {@link #validate validated} for {@code request} over {@code dataset} (inside the caller's
     * read transaction, if it needs one), with the same time and result limits as over the index.
     */
    public QueryAnswer execute(DatasetGraph dataset, ProtocolRequest request, Query query) {
        DatasetDescription description = request.hasDatasetParameters()
                ? DatasetDescription.create(request.defaultGraphUris(), request.namedGraphUris())
                : query.getDatasetDescription();
        QueryExecBuilder builder;
        if (description == null || description.isEmpty()) {
            builder = QueryExec.dataset(dataset).query(query);
        } else {
            // The dataset is the one described; FROM in the query must not apply a second time over it
            Query withoutFrom = query.cloneQuery();
            withoutFrom.getGraphURIs().clear();
            withoutFrom.getNamedGraphURIs().clear();
            DatasetGraph described = DynamicDatasets.dynamicDataset(description, dataset, false);
            builder = QueryExec.dataset(described).query(withoutFrom).set(TDB2.symUnionDefaultGraph, false);
        }
        builder.timeout(settings.getTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try (QueryExec exec = builder.build()) {
            return run(query, exec);
        } catch (QueryCancelledException e) {
            timeouts.increment();
            throw new QueryTimeoutProblem(settings.getTimeout());
        }
    }

    private QueryAnswer run(Query query, QueryExec exec) {
        if (query.isAskType()) {
            return new QueryAnswer.Bool(exec.ask());
        }
        if (query.isConstructType()) {
            return triples(exec.constructTriples());
        }
        if (query.isDescribeType()) {
            return triples(exec.describeTriples());
        }
        return rows(exec.select());
    }

    private QueryAnswer rows(RowSet rowSet) {
        int limit = settings.getResultLimit();
        List<Binding> rows = new ArrayList<>();
        boolean truncated = false;
        while (rowSet.hasNext()) {
            Binding row = rowSet.next();
            if (rows.size() == limit) {
                truncated = true;
                break;
            }
            // detach: TDB2 rows refer to the node table, which is only readable inside the transaction
            rows.add(row.detach());
        }
        return new QueryAnswer.Rows(List.copyOf(rowSet.getResultVars()), rows, truncated);
    }

    private QueryAnswer triples(Iterator<Triple> triples) {
        int limit = settings.getResultLimit();
        Graph graph = GraphFactory.createDefaultGraph();
        boolean truncated = false;
        while (triples.hasNext()) {
            Triple triple = triples.next();
            if (graph.size() >= limit && !graph.contains(triple)) {
                truncated = true;
                break;
            }
            graph.add(triple);
        }
        return new QueryAnswer.Triples(graph, truncated);
    }

    private static Query parse(String text, String base) {
        try {
            return QueryFactory.create(text, base, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            if (isUpdate(text, base)) {
                throw new UpdateRefusedProblem();
            }
            // The parser's message names the offending token's position, which can differ from getLine/getColumn
            Matcher at = POSITION.matcher(e.getMessage() == null ? "" : e.getMessage());
            boolean found = at.find();
            throw new SyntaxErrorProblem(explanation(e), found ? Integer.parseInt(at.group(1)) : e.getLine(),
                    found ? Integer.parseInt(at.group(2)) : e.getColumn());
        }
    }

    private static boolean isUpdate(String text, String base) {
        try {
            UpdateFactory.create(text, base);
            return true;
        } catch (RuntimeException notAnUpdate) {
            return false;
        }
    }

    /** The parser's own words on one line; nothing if they name Java internals. */
    private static String explanation(QueryParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").strip();
        if (message.isEmpty() || message.contains("Exception") || message.contains("org.apache.")) {
            return "the parser could not read the query at this point.";
        }
        return message;
    }

    private static void checkGraphIri(String iri) {
        if (!IRIs.check(iri) || !IRIs.reference(iri).isAbsolute()) {
            throw new MalformedRequestProblem("The graph parameter " + iri + " is not an absolute IRI.");
        }
    }
}
