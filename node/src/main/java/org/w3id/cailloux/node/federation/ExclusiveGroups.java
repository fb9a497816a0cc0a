package org.w3id.cailloux.node.federation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.cailloux.node.federation.SourceSelection.StarSelection;

/**
 * Phase 10: every star a node may answer goes to that node in ONE request, a CONSTRUCT whose WHERE is the
 * UNION of the stars, each matched within the node's data: one data request per node and round.
 */
final class ExclusiveGroups {

    /** One data request: what it fetches from which node, and its text. */
    record FetchRequest(Source source, int round, List<RemoteQueries.Fetch> fetches, String query) {}

    List<FetchRequest> first(List<StarSelection> selections, Optional<LimitPushdown.TopK> limit) {
        Map<Source, List<RemoteQueries.Fetch>> bySource = new LinkedHashMap<>();
        for (StarSelection selection : selections) {
            selection.sources().forEach(s -> bySource.computeIfAbsent(s, k -> new ArrayList<>())
                    .add(RemoteQueries.Fetch.unbound(selection.star())));
        }
        return requests(bySource, 1, limit);
    }

    static List<FetchRequest> requests(Map<Source, List<RemoteQueries.Fetch>> bySource, int round, Optional<LimitPushdown.TopK> limit) {
        List<FetchRequest> requests = new ArrayList<>();
        bySource.forEach((source, fetches) ->
                requests.add(new FetchRequest(source, round, fetches, RemoteQueries.construct(fetches, limit))));
        return requests;
    }
}
