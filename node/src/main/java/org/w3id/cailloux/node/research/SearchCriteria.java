package org.w3id.cailloux.node.research;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a researcher looks for on {@code /search}: keywords and one value per facet, each may be null.
 * Concept facets take the concept's last IRI segment ({@code theme=local-democracy}); {@code city} takes the
 * city's node IRI; {@code from} and {@code to} bound the start year.
 */
public record SearchCriteria(String q, String city, String theme, String pillar, String level, String device,
                             String status, Integer from, Integer to) {

    /** The facets that name a concept of the vocabulary, with the page parameter of each. */
    static final String[] CONCEPT_FACETS = {"theme", "pillar", "level", "device", "status"};

    /** The criteria as page parameters, in a stable order, without empty ones. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", q);
        put(p, "city", city);
        put(p, "theme", theme);
        put(p, "pillar", pillar);
        put(p, "level", level);
        put(p, "device", device);
        put(p, "status", status);
        put(p, "from", from == null ? null : from.toString());
        put(p, "to", to == null ? null : to.toString());
        return p;
    }

    /** The value of one facet parameter. */
    public String get(String parameter) {
        return parameters().get(parameter);
    }

    /** The address of the search with {@code parameter} set to {@code value} (removed when null). */
    public String href(String parameter, String value) {
        Map<String, String> p = parameters();
        if (value == null) {
            p.remove(parameter);
        } else {
            p.put(parameter, value);
        }
        StringJoiner query = new StringJoiner("&", "/search?", "");
        query.setEmptyValue("/search");
        p.forEach((k, v) -> query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return query.toString();
    }

    /** The address of page {@code page} of this search (the first page has no page parameter). */
    public String hrefPage(int page) {
        String first = href("q", q);
        return page <= 1 ? first : first + (first.contains("?") ? "&" : "?") + "page=" + page;
    }

    /** The address of the search restricted to experiments started in {@code year} (no year bound when null). */
    public String hrefYear(String year) {
        Integer y = year == null ? null : Integer.valueOf(year);
        return new SearchCriteria(q, city, theme, pillar, level, device, status, y, y).href("q", q);
    }

    /** Whether any criterion is given. */
    public boolean isEmpty() {
        return parameters().isEmpty();
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (value != null && !value.isBlank()) {
            p.put(key, value.strip());
        }
    }
}
