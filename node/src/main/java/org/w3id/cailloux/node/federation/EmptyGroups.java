package org.w3id.cailloux.node.federation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.cailloux.node.federation.SourceSelection.StarSelection;

/**
 * Phase 6: a basic graph pattern is a conjunction, so when one of its stars has no node that may match it,
 * none of its stars needs fetching: their selections are emptied, and no data request is sent for them.
 */
final class EmptyGroups {

    List<StarSelection> prune(List<StarSelection> selections) {
        Set<Integer> empty = selections.stream()
                .filter(s -> s.star().group() >= 0 && s.sources().isEmpty())
                .map(s -> s.star().group()).collect(Collectors.toSet());
        return selections.stream()
                .map(s -> empty.contains(s.star().group()) && !s.sources().isEmpty()
                        ? s.without("another star of the same basic graph pattern matches nowhere")
                        : s)
                .toList();
    }
}
