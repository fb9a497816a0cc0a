package org.w3id.cailloux.node.web;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.publishing.ExperimentSearch;

/**
 * Finds published experiments to link to ("inspired by", "adapted from") from the staff form.
 * For now it searches this node's own experiments, as {@code GET /api/experiments?q=} does; the
 * network-wide search through {@code /federation/sparql} replaces the body of {@link #find} once
 * the federation engine is there.
 */
@Singleton
public class ExperimentLookup {

    private static final int MAX_RESULTS = 10;

    private final ExperimentSearch search;
    private final NodeIdentity identity;

    ExperimentLookup(ExperimentSearch search, NodeIdentity identity) {
        this.search = search;
        this.identity = identity;
    }

    /** One experiment found: its IRI, title and city. */
    public record Found(String iri, String title, String city) {}

    /** Published experiments matching the words {@code q}, best first; none for blank words. */
    @SuppressWarnings("unchecked")
    public List<Found> find(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        Map<String, Object> page = search.search(new ExperimentSearch.Criteria(q, null, null, "published", 1, MAX_RESULTS), false);
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .map(item -> new Found(String.valueOf(item.get("iri")), String.valueOf(item.get("title")), identity.city()))
                .toList();
    }
}
