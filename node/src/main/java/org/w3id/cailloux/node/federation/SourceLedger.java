package org.w3id.cailloux.node.federation;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.peers.PeerRegistry;

/**
 * What happened with each node during one federated query: how many source-selection and data requests it
 * got, how long it took, and whether it failed (then why). A node that failed once is left out of the whole
 * answer. Used by one query's thread only.
 */
final class SourceLedger {

    /** How a node took part in the answer. */
    enum Status {
        /** Every request sent to it was answered, or its answers were kept from before (its data unchanged since). */
        ANSWERED,
        /** A request failed: its data is left out of the answer. */
        FAILED,
        /** Nothing was asked of it: source selection (possibly from cache) found it held nothing needed. */
        UNNEEDED
    }

    /** One node's record. */
    static final class Entry {
        int selectionRequests;
        int dataRequests;
        int cachedAnswers;
        Duration slowest = Duration.ZERO;
        String failure;
    }

    private final Map<Source, Entry> entries = new LinkedHashMap<>();
    private final boolean reusesKept;

    /** The ledger of a query over {@code sources}; {@code reusesKept} false asks every peer again (see {@link PeerAnswerCache}). */
    SourceLedger(List<Source> sources, boolean reusesKept) {
        sources.forEach(s -> entries.put(s, new Entry()));
        this.reusesKept = reusesKept;
    }

    /** Whether peers' answers kept from before may serve this query. */
    boolean reusesKept() {
        return reusesKept;
    }

    List<Source> sources() {
        return List.copyOf(entries.keySet());
    }

    /** The nodes that have not failed so far. */
    List<Source> live() {
        return entries.entrySet().stream().filter(e -> e.getValue().failure == null).map(Map.Entry::getKey).toList();
    }

    boolean failed(Source source) {
        return entries.get(source).failure != null;
    }

    void selection(Source source, FanOut.Outcome<?> outcome) {
        Entry entry = entries.get(source);
        if (record(entry, outcome)) {
            entry.selectionRequests++;
        }
    }

    void data(Source source, FanOut.Outcome<?> outcome) {
        Entry entry = entries.get(source);
        if (record(entry, outcome)) {
            entry.dataRequests++;
        }
    }

    /** Records the outcome; true when it was a request's, false when the cache answered. */
    private static boolean record(Entry entry, FanOut.Outcome<?> outcome) {
        if (outcome.cached()) {
            entry.cachedAnswers++;
            return false;
        }
        if (outcome.latency().compareTo(entry.slowest) > 0) {
            entry.slowest = outcome.latency();
        }
        if (!outcome.ok() && entry.failure == null) {
            entry.failure = outcome.failure();
        }
        return true;
    }

    Status status(Source source) {
        Entry entry = entries.get(source);
        if (entry.failure != null) {
            return Status.FAILED;
        }
        return entry.selectionRequests + entry.dataRequests + entry.cachedAnswers == 0 ? Status.UNNEEDED : Status.ANSWERED;
    }

    Entry entry(Source source) {
        return entries.get(source);
    }

    long failures() {
        return entries.values().stream().filter(e -> e.failure != null).count();
    }

    /** Tells the peer registry how each contacted peer did. */
    void report(PeerRegistry registry) {
        entries.forEach((source, entry) -> {
            if (source.isSelf() || entry.selectionRequests + entry.dataRequests == 0) {
                return;
            }
            if (entry.failure != null) {
                registry.failed(source.peer(), "federated query: " + entry.failure);
            } else {
                registry.answered(source.peer(), entry.slowest);
            }
        });
    }
}
