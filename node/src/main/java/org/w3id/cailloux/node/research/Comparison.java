package org.w3id.cailloux.node.research;

import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.research.ConceptLabels.Concept;

/**
 * A comparison across cities: the experiments that carry one concept (a theme, device or pillar) with their
 * participation level, means, effects and lessons, and two counts over the whole network (experiments per theme
 * per city, participation levels per city). Every table is also a CSV ({@link ComparisonCsv}).
 *
 * @param dimension the chosen facet ({@code theme}, {@code device} or {@code pillar}), null before a choice
 * @param concept   the chosen concept, null before a choice
 * @param rows      one row per experiment carrying it on the page shown, by city then title
 * @param total     the experiments carrying it, on every page
 * @param page      the page shown, from 1
 * @param pages     the number of pages, at least 1
 * @param cities    the network's cities with at least one experiment, by name
 * @param themes    experiments per theme per city
 * @param levels    experiments per participation level per city
 * @param unanswered the cities whose node did not answer: their experiments are missing
 */
public record Comparison(String dimension, Concept concept, List<Row> rows, int total, int page, int pages, List<City> cities,
                         List<Count> themes, List<Count> levels, List<String> unanswered) {

    /** One experiment of the comparison. */
    public record Row(String city, String cityName, String experiment, String title, Concept level,
                      List<String> means, List<String> effects, List<String> lessons) {}

    /** A city of the network: its node IRI and name. */
    public record City(String iri, String name) {}

    /** How many experiments of a city carry a concept. */
    public record Count(City city, Concept concept, long experiments) {}

    /** Whether a concept was chosen. */
    public boolean chosen() {
        return concept != null;
    }

    /** The counts as the chart library takes them: categories (cities), and one series per concept. */
    public static Map<String, Object> chart(List<City> cities, List<Count> counts) {
        List<String> names = cities.stream().map(City::name).toList();
        List<Concept> concepts = counts.stream().map(Count::concept).distinct().toList();
        List<Map<String, Object>> series = concepts.stream().map(k -> Map.<String, Object>of(
                "name", k.fr(),
                "data", cities.stream().map(c -> counts.stream()
                        .filter(n -> n.city().equals(c) && n.concept().equals(k))
                        .mapToLong(Count::experiments).sum()).toList()))
                .toList();
        return Map.of("cities", names, "series", series);
    }
}
