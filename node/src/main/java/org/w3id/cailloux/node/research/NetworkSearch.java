package org.w3id.cailloux.node.research;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.w3id.cailloux.node.research.ConceptLabels.Concept;
import org.w3id.cailloux.node.web.Paging;

/**
 * Searches the network's experiments: every keyword must occur (case and accents ignored) in the title, summary
 * or narratives; each facet keeps the experiments that carry its value. Facet counts are over the results.
 */
@Singleton
public class NetworkSearch {

    private final NetworkCatalogue catalogue;
    private final ConceptLabels labels;

    NetworkSearch(NetworkCatalogue catalogue, ConceptLabels labels) {
        this.catalogue = catalogue;
        this.labels = labels;
    }

    /** One result: the experiment and the labels of its city's status, level and themes. */
    public record Hit(NetworkExperiment experiment, Concept status, Concept level, List<Concept> themes) {}

    /** One value of a facet: its parameter value, labels, how many results carry it, and the address that selects it. */
    public record FacetValue(String value, String fr, String en, long count, boolean selected, String href) {}

    /** A facet: its parameter, French and English names, and its values. */
    public record Facet(String parameter, String fr, String en, List<FacetValue> values) {}

    /** The results and the facets of a search. */
    /**
     * One page of what the search found: {@code hits} are the page's, {@code total} counts them all; the
     * facets count over all of them. {@code previous} and {@code next} are the neighbouring pages' addresses, or null.
     */
    public record Results(SearchCriteria criteria, List<Hit> hits, long total, int page, int pages, String previous,
                          String next, List<Facet> facets, List<String> unanswered) {

        /** The rank of the page's first hit, counted over every page. */
        public int firstNumber() {
            return (page - 1) * PAGE_SIZE + 1;
        }
    }

    /** Hits on one page: a network of thousands of experiments would otherwise send megabytes of HTML. */
    static final int PAGE_SIZE = 50;

    /** Runs the search and keeps page {@code page} (from 1; a page past the last gives the last). */
    public Results search(SearchCriteria criteria, int page) {
        Map<String, Concept> concepts = labels.all();
        NetworkCatalogue.Snapshot snapshot = catalogue.snapshot();
        List<NetworkExperiment> all = snapshot.experiments();
        List<NetworkExperiment> found = all.stream().filter(e -> matches(e, criteria, concepts)).toList();
        Paging paging = Paging.of(found.size(), page, PAGE_SIZE);
        int shown = paging.page();
        int pages = paging.pages();
        List<Hit> hits = found.subList(paging.from(), paging.to()).stream()
                .map(e -> new Hit(e, label(e.status(), concepts), label(e.level(), concepts),
                        e.themes().stream().map(t -> label(t, concepts)).sorted(Comparator.comparing(Concept::fr)).toList()))
                .toList();
        List<Facet> facets = new ArrayList<>();
        facets.add(facet(criteria, "city", "Ville", "City", found, e -> Stream.of(e.city()),
                v -> found.stream().filter(e -> e.city().equals(v)).findFirst().map(NetworkExperiment::cityName).orElse(v), concepts));
        facets.add(conceptFacet(criteria, "theme", "Thème", "Theme", found, e -> e.themes().stream(), concepts));
        facets.add(conceptFacet(criteria, "pillar", "Pilier", "Pillar", found, e -> e.pillars().stream(), concepts));
        facets.add(conceptFacet(criteria, "level", "Niveau de participation", "Participation level", found, e -> Stream.ofNullable(e.level()), concepts));
        facets.add(conceptFacet(criteria, "device", "Dispositif", "Device", found, e -> e.devices().stream(), concepts));
        facets.add(conceptFacet(criteria, "status", "Statut", "Status", found, e -> Stream.ofNullable(e.status()), concepts));
        facets.add(facet(criteria, "from", "Année de début", "Start year", found,
                e -> Stream.ofNullable(e.year()).map(String::valueOf), v -> v, concepts));
        return new Results(criteria, hits, found.size(), shown, pages, shown > 1 ? criteria.hrefPage(shown - 1) : null,
                shown < pages ? criteria.hrefPage(shown + 1) : null, facets, snapshot.unanswered());
    }

    static boolean matches(NetworkExperiment e, SearchCriteria c, Map<String, Concept> concepts) {
        if (c.q() != null && !c.q().isBlank()) {
            boolean all = Arrays.stream(NetworkCatalogue.fold(c.q()).split("\\s+"))
                    .filter(w -> !w.isBlank()).allMatch(w -> e.text().contains(w));
            if (!all) {
                return false;
            }
        }
        if (c.city() != null && !c.city().isBlank() && !e.city().equals(c.city().strip())) {
            return false;
        }
        for (String facet : SearchCriteria.CONCEPT_FACETS) {
            String slug = c.get(facet);
            if (slug != null && concepts.values().stream()
                    .noneMatch(k -> k.slug().equals(slug) && e.has(k.iri()) && inFacet(facet, k, e))) {
                return false;
            }
        }
        Integer year = e.year();
        if (c.from() != null && (year == null || year < c.from())) {
            return false;
        }
        return c.to() == null || (year != null && year <= c.to());
    }

    /** A slug can name concepts in several schemes: it must be the one in the facet's own field. */
    private static boolean inFacet(String facet, Concept k, NetworkExperiment e) {
        return switch (facet) {
            case "theme" -> e.themes().contains(k.iri());
            case "pillar" -> e.pillars().contains(k.iri());
            case "device" -> e.devices().contains(k.iri());
            case "level" -> k.iri().equals(e.level());
            default -> k.iri().equals(e.status());
        };
    }

    private Facet conceptFacet(SearchCriteria criteria, String parameter, String fr, String en, List<NetworkExperiment> found,
                               Function<NetworkExperiment, Stream<String>> values, Map<String, Concept> concepts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        found.forEach(e -> values.apply(e).forEach(v -> counts.merge(v, 1L, Long::sum)));
        String selected = criteria.get(parameter);
        List<FacetValue> list = counts.entrySet().stream()
                .map(entry -> {
                    Concept k = label(entry.getKey(), concepts);
                    return new FacetValue(k.slug(), k.fr(), k.en(), entry.getValue(), k.slug().equals(selected),
                            criteria.href(parameter, k.slug().equals(selected) ? null : k.slug()));
                })
                .sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::fr))
                .toList();
        return new Facet(parameter, fr, en, list);
    }

    private Facet facet(SearchCriteria criteria, String parameter, String fr, String en, List<NetworkExperiment> found,
                        Function<NetworkExperiment, Stream<String>> values, Function<String, String> label,
                        Map<String, Concept> concepts) {
        Map<String, Long> counts = new TreeMap<>();
        found.forEach(e -> values.apply(e).forEach(v -> counts.merge(v, 1L, Long::sum)));
        String selected = criteria.get(parameter);
        List<FacetValue> list = counts.entrySet().stream()
                .map(entry -> {
                    String v = entry.getKey();
                    boolean year = parameter.equals("from");
                    boolean on = year ? v.equals(selected) && v.equals(criteria.get("to")) : v.equals(selected);
                    String href = year ? criteria.hrefYear(on ? null : v) : criteria.href(parameter, on ? null : v);
                    return new FacetValue(v, label.apply(v), label.apply(v), entry.getValue(), on, href);
                })
                .toList();
        return new Facet(parameter, fr, en, list);
    }

    private static Concept label(String iri, Map<String, Concept> concepts) {
        return iri == null ? null : concepts.getOrDefault(iri, Concept.unknown(iri));
    }
}
