package org.w3id.cailloux.node.web;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import org.w3id.cailloux.node.research.NetworkCatalogue;

/**
 * Finds published experiments of the whole network to link to ("inspired by", "adapted from")
 * from the staff form: every word must appear in the title, summary or narratives (case and
 * accents ignored), through this node's {@code /federation/sparql}, so other cities' experiments
 * are found too.
 */
@Singleton
public class ExperimentLookup {

    private static final int MAX_RESULTS = 10;

    private final NetworkCatalogue catalogue;

    ExperimentLookup(NetworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** One experiment found: its IRI, title and city. */
    public record Found(String iri, String title, String city) {}

    /** Published experiments of the network matching the words {@code q}; none for blank words. */
    public List<Found> find(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        List<String> words = Arrays.stream(NetworkCatalogue.fold(q).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return catalogue.experiments().stream()
                .filter(e -> words.stream().allMatch(e.text()::contains))
                .limit(MAX_RESULTS)
                .map(e -> new Found(e.iri(), e.title(), e.cityName()))
                .toList();
    }
}
