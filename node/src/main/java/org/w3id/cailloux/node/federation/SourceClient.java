package org.w3id.cailloux.node.federation;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.system.Txn;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.node.sparql.AnswerCache;
import org.w3id.cailloux.node.sparql.QueryAnswer;
import org.w3id.cailloux.node.sparql.ResultFormat;
import org.w3id.cailloux.node.sparql.SparqlResponses;

/**
 * Sends one query to one node and reads its answer: a peer over HTTP (POST {@code application/sparql-query}
 * to its {@code /sparql}, no redirects, connect and request timeouts, body capped), or from the
 * {@link PeerAnswerCache} when the peer's data did not change since it gave it; this node straight from its
 * index. Every failure is a {@link PeerFailure} naming the node; nothing here waits: the caller holds the deadline.
 */
@Singleton
public class SourceClient implements AutoCloseable {

    private final FederationSettings settings;
    private final QueryIndex index;
    private final AnswerCache answers;
    private final PeerAnswerCache peerAnswers;
    private final HttpClient http;
    // The local index answers on virtual threads, so that this node is just one more source in a fan-out
    private final ExecutorService local = Executors.newVirtualThreadPerTaskExecutor();

    SourceClient(FederationSettings settings, QueryIndex index, AnswerCache answers, PeerAnswerCache peerAnswers) {
        this.settings = settings;
        this.index = index;
        this.answers = answers;
        this.peerAnswers = peerAnswers;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.getConnectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The triples a CONSTRUCT query finds on the node; {@code reuse} false asks a peer even when its answer is kept. */
    CompletableFuture<Graph> construct(Source source, String query, Deadline deadline, boolean reuse) {
        if (source.isSelf()) {
            return locally(source, deadline, exec -> {
                Graph graph = GraphFactory.createDefaultGraph();
                exec.constructTriples().forEachRemaining(graph::add);
                return new QueryAnswer.Triples(graph, false);
            }, query).thenApply(QueryAnswer.Triples::graph);
        }
        // RDF Thrift between nodes: binary terms, read several times faster than N-Triples' text
        String accept = SparqlResponses.RDF_THRIFT + ", application/n-triples;q=0.9";
        return CachedAnswer.map(kept(source, query, reuse, () -> remotely(source, query, accept, deadline).thenApply(response -> {
            Lang lang = Optional.ofNullable(contentType(response)).map(RDFLanguages::contentTypeToLang).orElse(Lang.NTRIPLES);
            try {
                Graph graph = GraphFactory.createDefaultGraph();
                RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang)
                        .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(graph);
                return new QueryAnswer.Triples(graph, false);
            } catch (RuntimeException e) {
                throw new PeerFailure(source, "unreadable answer (not " + lang.getLabel() + ")");
            }
        })), QueryAnswer.Triples::graph);
    }

    /** The rows a SELECT query finds on the node; {@code reuse} false asks a peer even when its answer is kept. */
    CompletableFuture<QueryAnswer.Rows> select(Source source, String query, Deadline deadline, boolean reuse) {
        return select(source, query, deadline, reuse, settings.getMaxResponseBytes());
    }

    /** The one row of a source-selection question: its answer is tiny, so a large one is cut short at once. */
    CompletableFuture<QueryAnswer.Rows> selection(Source source, String query, Deadline deadline, boolean reuse) {
        return select(source, query, deadline, reuse, SELECTION_MAX_BYTES);
    }

    private CompletableFuture<QueryAnswer.Rows> select(Source source, String query, Deadline deadline, boolean reuse, long maxBytes) {
        if (source.isSelf()) {
            return locally(source, deadline, exec -> rows(exec.select()), query);
        }
        String accept = ResultFormat.THRIFT.mediaType() + ", " + ResultFormat.JSON.mediaType() + ";q=0.9";
        return kept(source, query, reuse, () -> remotely(source, query, accept, deadline, maxBytes).thenApply(response -> {
            Lang lang = ResultFormat.THRIFT.mediaType().equals(contentType(response)) ? ResultSetLang.RS_Thrift : ResultSetLang.RS_JSON;
            try {
                return rows(RowSet.adapt(ResultsReader.create().lang(lang).build().read(new ByteArrayInputStream(response.body()))));
            } catch (RuntimeException e) {
                throw new PeerFailure(source, "unreadable answer (not SPARQL results in " + lang.getLabel() + ")");
            }
        }));
    }

    /**
     * The peer's answer to {@code query} kept by the {@link PeerAnswerCache}, as a {@link CachedAnswer}, when {@code reuse};
     * otherwise the answer of {@code ask}, kept for the next time when the peer's data did not change meanwhile.
     */
    private <T extends QueryAnswer> CompletableFuture<T> kept(Source source, String query, boolean reuse,
                                                              Supplier<CompletableFuture<T>> ask) {
        String token = peerAnswers.token(source.peer(), query);
        if (token == null) {
            return ask.get();
        }
        @SuppressWarnings("unchecked") // the same query text always gives the same kind of answer
        T kept = reuse ? (T) peerAnswers.get(source.peer(), query, token).orElse(null) : null;
        if (kept != null) {
            return new CachedAnswer<>(kept);
        }
        return ask.get().thenApply(answer -> {
            peerAnswers.put(source.peer(), query, token, answer);
            return answer;
        });
    }

    /** The largest answer to a source-selection question read: 1 MiB. */
    static final long SELECTION_MAX_BYTES = 1024L * 1024;

    /** The largest VoID description read: 2 MiB, hundreds of times what a node's description weighs. */
    static final long VOID_MAX_BYTES = 2L * 1024 * 1024;

    /** A peer's VoID description and its entity tag (null when it gave none); the description is null when unchanged. */
    record VoidFetch(Graph description, String etag) {}

    /**
     * The peer's VoID description; with {@code etag} (the tag of the description already held), a peer whose data
     * did not change answers 304 and the fetch says so without a description.
     */
    CompletableFuture<VoidFetch> voidDescription(Source source, Deadline deadline, String etag) {
        long timeout = deadline.forRequest(settings.getPeerTimeout()).toMillis();
        HttpRequest.Builder request = HttpRequest.newBuilder(source.peer().voidDescription())
                .timeout(Duration.ofMillis(timeout))
                .header("Accept", "text/turtle, application/n-triples;q=0.9, application/ld+json;q=0.8, application/rdf+xml;q=0.7")
                .GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        // A VoID description is a few kilobytes; a huge one is not worth reading (nor parsing) at all
        return http.sendAsync(request.build(), CappedBody.handler(VOID_MAX_BYTES)).handle((response, error) -> {
            if (error != null) {
                throw new PeerFailure(source, reason(error, timeout));
            }
            String tag = response.headers().firstValue("ETag").orElse(null);
            if (response.statusCode() == 304 && etag != null) {
                return new VoidFetch(null, tag != null ? tag : etag);
            }
            if (response.statusCode() != 200) {
                throw new PeerFailure(source, "no VoID description (HTTP " + response.statusCode() + ")");
            }
            Lang lang = Optional.ofNullable(contentType(response)).map(RDFLanguages::contentTypeToLang).orElse(Lang.TURTLE);
            try {
                Graph graph = GraphFactory.createDefaultGraph();
                RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang)
                        .base(source.peer().voidDescription().toString())
                        .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(graph);
                return new VoidFetch(graph, tag);
            } catch (RuntimeException e) {
                throw new PeerFailure(source, "unreadable VoID description");
            }
        });
    }

    private static QueryAnswer.Rows rows(RowSet rowSet) {
        List<Binding> rows = new ArrayList<>();
        rowSet.forEachRemaining(b -> rows.add(b.detach()));
        return new QueryAnswer.Rows(List.copyOf(rowSet.getResultVars()), rows, false);
    }

    /**
     * This node's answer, from its own index, as a peer's /sparql would give it: kept in the answer cache for
     * the index's state, so that a repeated federated query does not evaluate this node's part again either.
     */
    private <T extends QueryAnswer> CompletableFuture<T> locally(Source source, Deadline deadline, Function<QueryExec, T> read,
                                                                 String query) {
        long timeout = deadline.forRequest(settings.getPeerTimeout()).toMillis();
        return CompletableFuture.supplyAsync(() -> {
            AnswerCache.Key key = AnswerCache.Key.of(query, index.watermark(), false);
            @SuppressWarnings("unchecked") // the same query text always gives the same kind of answer
            T kept = (T) answers.get(key).map(AnswerCache.Kept::answer).orElse(null);
            if (kept != null) {
                return kept;
            }
            T answer = evaluate(source, timeout, read, query);
            answers.put(key, answer);
            return answer;
        }, local);
    }

    private <T> T evaluate(Source source, long timeout, Function<QueryExec, T> read, String query) {
        return Txn.calculateRead(index.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(index.dataset()).query(query)
                    .timeout(timeout, TimeUnit.MILLISECONDS).build()) {
                return read.apply(exec);
            } catch (QueryCancelledException e) {
                throw new PeerFailure(source, "no answer within " + timeout + " ms");
            }
        });
    }

    private CompletableFuture<HttpResponse<byte[]>> remotely(Source source, String query, String accept, Deadline deadline) {
        return remotely(source, query, accept, deadline, settings.getMaxResponseBytes());
    }

    private CompletableFuture<HttpResponse<byte[]>> remotely(Source source, String query, String accept, Deadline deadline,
                                                             long maxBytes) {
        URI endpoint = source.peer().sparqlEndpoint();
        long timeout = deadline.forRequest(settings.getPeerTimeout()).toMillis();
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofMillis(timeout))
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8))
                .build();
        return http.sendAsync(request, CappedBody.handler(maxBytes))
                .handle((response, error) -> {
                    if (error != null) {
                        throw new PeerFailure(source, reason(error, timeout));
                    }
                    // Status codes, never error bodies: a peer's error page says nothing this node can use
                    if (response.statusCode() / 100 != 2) {
                        throw new PeerFailure(source, "HTTP " + response.statusCode());
                    }
                    if ("true".equalsIgnoreCase(response.headers().firstValue(SparqlResponses.TRUNCATED).orElse(""))) {
                        throw new PeerFailure(source, "answer cut short by the peer's result limit");
                    }
                    return response;
                });
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").map(t -> t.split(";")[0].strip()).orElse(null);
    }

    private static String reason(Throwable error, long timeout) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooLarge || t instanceof PeerFailure) {
                cause = t;
                break;
            }
        }
        return switch (cause) {
            case PeerFailure failure -> failure.reason();
            case CappedBody.TooLarge tooLarge -> tooLarge.getMessage();
            case HttpConnectTimeoutException e -> "no connection within the connect timeout";
            case HttpTimeoutException e -> "no answer within " + timeout + " ms";
            case ConnectException e -> "connection refused";
            default -> "exchange failed (" + cause.getClass().getSimpleName() + ")";
        };
    }

    @PreDestroy
    @Override
    public void close() {
        local.shutdownNow();
        http.shutdownNow();
    }
}
