package org.w3id.cailloux.node.sparql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Answers of {@code /sparql}, and of this node's part of federated queries, kept for the index's state they were computed on: the key holds the
 * index's watermark, which every write advances, so an answer is only ever served for the data it was
 * computed from and a write makes every older one unreachable (they age out). Researchers' pages and
 * federated comparisons send the same queries again and again to data that changes a few times a day.
 * Bounded by {@code cailloux.sparql.answer-cache-bytes} (an estimate of the answers' size); 0 turns it off.
 */
@Singleton
public class AnswerCache {

    /**
     * What makes two requests the same: the query text, the protocol's dataset, the index's state, and
     * whether the answer was held to the endpoint's result limit (answers of {@code /sparql}) or is whole
     * (this node's part of a federated query).
     */
    public record Key(String query, List<String> defaultGraphUris, List<String> namedGraphUris, long watermark, boolean limited) {

        /** The key of a query over the whole index, without dataset parameters. */
        public static Key of(String query, long watermark, boolean limited) {
            return new Key(query, List.of(), List.of(), watermark, limited);
        }
    }

    /**
     * An answer kept, and the bytes it was sent as, per media type: sending it again is then a copy, which
     * matters to a peer asked the same part of a federated query again (writing N-Triples costs more than
     * finding the answer in the cache).
     */
    public record Kept(QueryAnswer answer, Map<String, WrittenAnswer> written) {

        /** The answer as {@code mediaType}, written by {@code write} the first time. */
        public WrittenAnswer as(String mediaType, Function<String, WrittenAnswer> write) {
            return written.computeIfAbsent(mediaType, write);
        }
    }

    private static final Pattern UNREPEATABLE = Pattern.compile("(?i)\\b(NOW|RAND|UUID|STRUUID|BNODE)\\s*\\(");

    private final Cache<Key, Kept> answers;

    AnswerCache(SparqlSettings settings, MeterRegistry meters) {
        long bytes = settings.getAnswerCacheBytes();
        // Weighed as the answer plus twice its size for what it is written as (usually one format)
        this.answers = bytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(bytes)
                .weigher((Key key, Kept kept) -> (int) Math.min(Integer.MAX_VALUE, key.query().length() * 2L + 3 * estimate(kept.answer())))
                .recordStats()
                .build();
        if (answers != null) {
            CaffeineCacheMetrics.monitor(meters, answers, "sparql-answers");
        }
    }

    /**
     * False when the cache is configured off, the key's watermark unknown (the index is being rebuilt), or the
     * query not {@link #repeatable}.
     */
    public boolean accepts(Key key) {
        return answers != null && key.watermark() >= 0 && repeatable(key.query());
    }

    /**
     * Whether the query's answer depends on its data alone: not when it calls a function whose value changes from one
     * evaluation to the next (the time, random numbers, fresh identifiers), even only in a string or a comment.
     */
    public static boolean repeatable(String query) {
        return !UNREPEATABLE.matcher(query).find();
    }

    /** The answer kept for {@code key}, if any. */
    public Optional<Kept> get(Key key) {
        return accepts(key) ? Optional.ofNullable(answers.getIfPresent(key)) : Optional.empty();
    }

    /** Keeps {@code answer} for {@code key} (only in the returned value when the cache does not {@link #accepts accept} the key). */
    public Kept put(Key key, QueryAnswer answer) {
        Kept kept = new Kept(answer, new ConcurrentHashMap<>());
        if (accepts(key)) {
            answers.put(key, kept);
        }
        return kept;
    }

    /** A rough size in bytes: per value its lexical form's characters plus the objects around them. */
    public static long estimate(QueryAnswer answer) {
        return switch (answer) {
            case QueryAnswer.Bool bool -> 16;
            case QueryAnswer.Rows rows -> {
                long size = 64;
                for (Binding row : rows.rows()) {
                    size += 48;
                    for (var vars = row.vars(); vars.hasNext(); ) {
                        size += 48 + size(row.get(vars.next()));
                    }
                }
                yield size;
            }
            case QueryAnswer.Triples triples -> {
                long size = 64;
                for (var it = triples.graph().find(); it.hasNext(); ) {
                    Triple t = it.next();
                    size += 160 + size(t.getSubject()) + size(t.getPredicate()) + size(t.getObject());
                }
                yield size;
            }
        };
    }

    private static long size(Node node) {
        if (node == null) {
            return 0;
        }
        if (node.isLiteral()) {
            return 2L * (node.getLiteralLexicalForm().length() + node.getLiteralLanguage().length()) + 48;
        }
        return node.isURI() ? 2L * node.getURI().length() : 32;
    }
}
