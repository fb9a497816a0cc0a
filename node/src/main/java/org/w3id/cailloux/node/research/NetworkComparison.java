package org.w3id.cailloux.node.research;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3id.cailloux.node.research.Comparison.City;
import org.w3id.cailloux.node.research.Comparison.Count;
import org.w3id.cailloux.node.research.Comparison.Row;
import org.w3id.cailloux.node.research.ConceptLabels.Concept;
import org.w3id.cailloux.node.web.Paging;
import org.w3id.cailloux.vocabulary.Scheme;

/** Builds a {@link Comparison} from the network's experiments and, for the chosen ones, their means, effects and lessons. */
@Singleton
public class NetworkComparison {

    /** The details of the chosen experiments; {@code VALUES ?e} is appended for them. */
    static final String DETAILS = NetworkCatalogue.PREFIXES + """
            SELECT ?city ?e ?part ?kind ?description WHERE {
              GRAPH ?city {
                VALUES ?part { cx:meansEngaged cx:effect cx:lesson }
                ?e ?part ?x .
                ?x dct:description ?description . FILTER(lang(?description) = "fr")
                OPTIONAL { ?x cx:meansType|cx:effectType|cx:lessonKind ?kind }
              }
            }""";

    private static final Map<String, Scheme> DIMENSIONS = Map.of(
            "theme", Scheme.THEMES, "device", Scheme.DEVICES, "pillar", Scheme.PILLARS);

    private final NetworkCatalogue catalogue;
    private final NetworkQueries queries;
    private final ConceptLabels labels;

    NetworkComparison(NetworkCatalogue catalogue, NetworkQueries queries, ConceptLabels labels) {
        this.catalogue = catalogue;
        this.queries = queries;
        this.labels = labels;
    }

    /** The concepts one can compare on, per dimension ({@code theme}, {@code device}, {@code pillar}). */
    public Map<String, List<Concept>> choices() {
        Map<String, List<Concept>> choices = new LinkedHashMap<>();
        for (String d : List.of("theme", "device", "pillar")) {
            choices.put(d, labels.inScheme(DIMENSIONS.get(d)));
        }
        return choices;
    }

    /** Experiments on one page of the comparison table: a theme of a large network has thousands. */
    public static final int PAGE_SIZE = 50;

    /**
     * The comparison on the concept {@code slug} of {@code dimension}, its table cut to page {@code page} (from 1; a
     * page past the last gives the last) of {@code size} experiments, whose details alone are asked of the network;
     * only the network counts when either is null or unknown.
     */
    public Comparison compare(String dimension, String slug, int page, int size) {
        Map<String, Concept> concepts = labels.all();
        NetworkCatalogue.Snapshot snapshot = catalogue.snapshot();
        List<NetworkExperiment> all = snapshot.experiments();
        Concept chosen = dimension == null || slug == null || !DIMENSIONS.containsKey(dimension) ? null
                : labels.inScheme(DIMENSIONS.get(dimension)).stream().filter(c -> c.slug().equals(slug)).findFirst().orElse(null);
        List<City> cities = all.stream().map(e -> new City(e.city(), e.cityName())).distinct()
                .sorted(Comparator.comparing(City::name, String.CASE_INSENSITIVE_ORDER)).toList();
        List<Row> rows = new ArrayList<>();
        List<NetworkExperiment> carrying = chosen == null ? List.of()
                : all.stream().filter(e -> carries(e, dimension, chosen.iri())).toList();
        Paging paging = Paging.of(carrying.size(), page, size);
        if (chosen != null) {
            List<NetworkExperiment> selected = carrying.subList(paging.from(), paging.to());
            Map<String, Map<String, List<String>>> details = details(selected, concepts);
            for (NetworkExperiment e : selected) {
                Map<String, List<String>> d = details.getOrDefault(e.city() + ' ' + e.iri(), Map.of());
                rows.add(new Row(e.city(), e.cityName(), e.iri(), e.title(),
                        e.level() == null ? null : concepts.getOrDefault(e.level(), Concept.unknown(e.level())),
                        d.getOrDefault("meansEngaged", List.of()), d.getOrDefault("effect", List.of()),
                        d.getOrDefault("lesson", List.of())));
            }
        }
        return new Comparison(chosen == null ? null : dimension, chosen, rows, carrying.size(), paging.page(), paging.pages(), cities,
                counts(all, cities, e -> e.themes().stream(), concepts),
                counts(all, cities, e -> Stream.ofNullable(e.level()), concepts), snapshot.unanswered());
    }

    private static boolean carries(NetworkExperiment e, String dimension, String iri) {
        return switch (dimension) {
            case "theme" -> e.themes().contains(iri);
            case "device" -> e.devices().contains(iri);
            default -> e.pillars().contains(iri);
        };
    }

    /** Means, effects and lessons of the selected experiments, each "kind: description", by experiment then part. */
    private Map<String, Map<String, List<String>>> details(List<NetworkExperiment> selected, Map<String, Concept> concepts) {
        Map<String, Map<String, List<String>>> details = new LinkedHashMap<>();
        if (selected.isEmpty()) {
            return details;
        }
        String values = selected.stream().map(e -> "<" + e.iri() + ">").distinct().collect(Collectors.joining(" "));
        String query = DETAILS.replace("VALUES ?part", "VALUES ?e { " + values + " }\n    VALUES ?part");
        List<Map<String, String>> rows = new ArrayList<>(queries.selectAll(query).rows());
        rows.sort(Comparator.comparing((Map<String, String> r) -> r.get("description")));
        for (Map<String, String> row : rows) {
            String part = row.get("part").substring(row.get("part").indexOf('#') + 1);
            String kind = row.get("kind");
            String text = kind == null ? row.get("description")
                    : concepts.getOrDefault(kind, Concept.unknown(kind)).fr() + " : " + row.get("description");
            List<String> list = details.computeIfAbsent(row.get("city") + ' ' + row.get("e"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(part, k -> new ArrayList<>());
            if (!list.contains(text)) {
                list.add(text);
            }
        }
        return details;
    }

    private static List<Count> counts(List<NetworkExperiment> all, List<City> cities,
                                      Function<NetworkExperiment, Stream<String>> values, Map<String, Concept> concepts) {
        List<Count> counts = new ArrayList<>();
        for (City city : cities) {
            Map<String, Long> n = new LinkedHashMap<>();
            all.stream().filter(e -> e.city().equals(city.iri())).forEach(e -> values.apply(e).forEach(v -> n.merge(v, 1L, Long::sum)));
            n.forEach((iri, count) -> counts.add(new Count(city, concepts.getOrDefault(iri, Concept.unknown(iri)), count)));
        }
        counts.sort(Comparator.comparing((Count c) -> c.city().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparingInt(c -> c.concept().rank()).thenComparing(c -> c.concept().fr(), String.CASE_INSENSITIVE_ORDER));
        return counts;
    }
}
