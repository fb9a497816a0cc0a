package org.w3id.cailloux.node.research;

import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.node.sparql.SparqlResponses;

/**
 * Runs the researchers' pages' SELECT queries over the whole network, through this node's own
 * {@code /federation/sparql}: each city's data is the named graph named by its node IRI ({@code GRAPH ?city}),
 * the default graph their union plus the vocabulary. Going through the endpoint (rather than calling the engine)
 * keeps the pages on the public contract, with its limits, deadline and {@code Cailloux-Sources}.
 */
@Singleton
public class NetworkQueries {

    /** The federation endpoint's path on this node. */
    public static final String FEDERATION_PATH = "/federation/sparql";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final BeanProvider<EmbeddedServer> server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final QueryIndex index;

    NetworkQueries(BeanProvider<EmbeddedServer> server, QueryIndex index) {
        this.index = index;
        this.server = server;
    }

    /**
     * The rows of a SELECT: each row maps a variable to its value (an IRI, or a literal's lexical form);
     * unbound variables are absent. {@code sources} is the federation's {@code Cailloux-Sources} header, if any;
     * {@code truncated} says the endpoint's result limit cut the answer.
     */
    public record Rows(List<String> vars, List<Map<String, String>> rows, String sources, boolean truncated) {

        /** The node IRIs the federation names as failed: their data is missing from these rows. */
        public Set<String> failed() {
            Set<String> failed = new LinkedHashSet<>();
            if (sources != null) {
                FAILED.matcher(sources).results().forEach(m -> failed.add(m.group(1)));
            }
            return failed;
        }
    }

    /** One failed item of the RFC 8941 list in {@code Cailloux-Sources}: {@code "iri";status=failed}. */
    private static final Pattern FAILED = Pattern.compile("\"([^\"]+)\";status=failed");

    /** Runs a SELECT over the network. */
    public Rows select(String sparql) {
        QueryFactory.create(sparql); // a syntax error in a page's own query is a bug: fail before any exchange
        return remote(sparql);
    }

    /**
     * Every row of a SELECT over this node's own data only, evaluated on its query index in this process (the union of
     * its graphs: the query names no GRAPH of the federation). For the few experiments a write changed, a request to
     * the federation endpoint would cost more than the answer.
     */
    public Rows local(String sparql) {
        Query query = QueryFactory.create(sparql);
        return Txn.calculateRead(index.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(index.dataset()).query(query).build()) {
                return rows(exec.select(), null, false);
            }
        });
    }

    /**
     * Every row of a SELECT over the network, however many: when the endpoint's result limit cut the answer,
     * it is asked again page by page (a page as long as the limit), ordered by every projected variable after
     * the query's own order, so that the pages neither overlap nor leave a row out.
     */
    public Rows selectAll(String sparql) {
        Rows first = select(sparql);
        if (!first.truncated() || first.rows().isEmpty()) {
            return first;
        }
        int pageSize = first.rows().size();
        Query query = QueryFactory.create(sparql);
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (long offset = 0; ; offset += pageSize) {
            Query page = query.cloneQuery();
            page.getProjectVars().forEach(v -> page.addOrderBy(v, Query.ORDER_ASCENDING));
            page.setOffset(offset);
            page.setLimit(pageSize);
            Rows part = remote(page.serialize());
            rows.addAll(part.rows());
            if (part.sources() != null) {
                sources.add(part.sources());
            }
            if (part.rows().size() < pageSize) {
                return new Rows(first.vars(), List.copyOf(rows), sources.isEmpty() ? null : String.join(", ", sources), false);
            }
        }
    }

    private Rows remote(String sparql) {
        URI endpoint = URI.create(stripSlash(server.get().getURL().toString()) + FEDERATION_PATH);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new NetworkQueryException("The federation endpoint answered " + response.statusCode());
            }
            RowSet rowSet = RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON));
            return rows(rowSet, response.headers().firstValue("Cailloux-Sources").orElse(null),
                    response.headers().firstValue(SparqlResponses.TRUNCATED).isPresent());
        } catch (IOException e) {
            throw new NetworkQueryException("The federation endpoint could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetworkQueryException("Interrupted while querying the federation endpoint", e);
        }
    }

    private static Rows rows(RowSet rowSet, String sources, boolean truncated) {
        List<String> vars = rowSet.getResultVars().stream().map(Var::getVarName).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        rowSet.forEachRemaining(binding -> {
            Map<String, String> row = new LinkedHashMap<>();
            binding.vars().forEachRemaining(v -> {
                Node n = binding.get(v);
                if (n != null) {
                    row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString());
                }
            });
            rows.add(row);
        });
        return new Rows(vars, List.copyOf(rows), sources, truncated);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
