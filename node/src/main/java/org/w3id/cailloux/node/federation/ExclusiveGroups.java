package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.w3id.cailloux.node.federation.SourceSelection.StarSelection;

/**
 * Phase 10: every star a node may answer goes to that node in ONE request, a CONSTRUCT whose WHERE is the
 * UNION of the stars, each matched within the node's data: one data request per node and round. A request
 * longer than {@code cailloux.federation.max-request-length} is cut in several that fit (a node refuses a query
 * longer than its {@code cailloux.sparql.max-query-length}, and would then be left out of the answer): the
 * stars go in as few requests as fit, and a star bound to too many values is sent in parts of its values. The
 * union of the parts' triples is what the one request would have brought.
 */
final class ExclusiveGroups {

    /** One data request: what it fetches from which node, and its text. */
    record FetchRequest(Source source, int round, List<RemoteQueries.Fetch> fetches, String query) {}

    private final int maxLength;

    /** Groups whose requests are at most {@code maxLength} characters long, where they can be cut. */
    ExclusiveGroups(int maxLength) {
        this.maxLength = maxLength;
    }

    List<FetchRequest> first(List<StarSelection> selections, Optional<LimitPushdown.TopK> limit) {
        Map<Source, List<RemoteQueries.Fetch>> bySource = new LinkedHashMap<>();
        for (StarSelection selection : selections) {
            selection.sources().forEach(s -> bySource.computeIfAbsent(s, k -> new ArrayList<>())
                    .add(RemoteQueries.Fetch.unbound(selection.star())));
        }
        return requests(bySource, 1, limit);
    }

    /** The requests of one round: one a node, or more when one would be longer than allowed. */
    List<FetchRequest> requests(Map<Source, List<RemoteQueries.Fetch>> bySource, int round, Optional<LimitPushdown.TopK> limit) {
        List<FetchRequest> requests = new ArrayList<>();
        bySource.forEach((source, fetches) -> {
            if (limit.isPresent()) {
                // a top-k request is one star without values: nothing to cut
                requests.add(new FetchRequest(source, round, fetches, RemoteQueries.construct(fetches, limit)));
                return;
            }
            Packing.cut(fetches, this::pieces, f -> RemoteQueries.construct(f, Optional.empty()), maxLength)
                    .forEach(part -> requests.add(new FetchRequest(source, round, part.items(), part.text())));
        });
        return requests;
    }

    /** The fetches in order, each cut by {@link #fitting} when its own request is too long. */
    private List<RemoteQueries.Fetch> pieces(List<RemoteQueries.Fetch> fetches) {
        return fetches.stream().flatMap(f -> fitting(f).stream()).toList();
    }

    /** The fetch, or its bound values cut in halves until each part's request fits. */
    private List<RemoteQueries.Fetch> fitting(RemoteQueries.Fetch fetch) {
        List<Node> values = fetch.subjectValues();
        if (values.size() < 2 || length(List.of(fetch)) <= maxLength) {
            return List.of(fetch);
        }
        int half = values.size() / 2;
        List<RemoteQueries.Fetch> parts = new ArrayList<>(fitting(new RemoteQueries.Fetch(fetch.star(), values.subList(0, half))));
        parts.addAll(fitting(new RemoteQueries.Fetch(fetch.star(), values.subList(half, values.size()))));
        return parts;
    }

    private static int length(List<RemoteQueries.Fetch> fetches) {
        return RemoteQueries.construct(fetches, Optional.empty()).length();
    }
}
