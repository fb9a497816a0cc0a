package org.w3id.cailloux.node.sparql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Answers of {@code /sparql} kept for the index's state they were computed on: the key holds the
 * index's watermark, which every write advances, so an answer is only ever served for the data it was
 * computed from and a write makes every older one unreachable (they age out). Researchers' pages and
 * federated comparisons send the same queries again and again to data that changes a few times a day.
 * Bounded by {@code cailloux.sparql.answer-cache-bytes} (an estimate of the answers' size); 0 turns it off.
 */
@Singleton
public class AnswerCache {

    /** What makes two requests the same: the query text, the protocol's dataset, the index's state. */
    record Key(String query, List<String> defaultGraphUris, List<String> namedGraphUris, long watermark) {}

    private final Cache<Key, QueryAnswer> answers;

    AnswerCache(SparqlSettings settings) {
        long bytes = settings.getAnswerCacheBytes();
        this.answers = bytes <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(bytes)
                .weigher((Key key, QueryAnswer answer) -> (int) Math.min(Integer.MAX_VALUE, key.query().length() * 2L + estimate(answer)))
                .build();
    }

    /** False when the cache is configured off. */
    boolean enabled() {
        return answers != null;
    }

    Optional<QueryAnswer> get(Key key) {
        return answers == null ? Optional.empty() : Optional.ofNullable(answers.getIfPresent(key));
    }

    void put(Key key, QueryAnswer answer) {
        if (answers != null) {
            answers.put(key, answer);
        }
    }

    /** A rough size in bytes: per value its lexical form's characters plus the objects around them. */
    private static long estimate(QueryAnswer answer) {
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
