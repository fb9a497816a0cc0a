package org.w3id.cailloux.node.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two revisions, in words: the JSON forms are flattened into labelled values
 * ("titre (fr)", "moyen means-1 › montant") and compared field by field, e.g.
 * {@code titre (fr) : « A » → « B »}.
 */
final class RevisionDiff {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("slug", "nom court"), Map.entry("title", "titre"), Map.entry("summary", "résumé"),
            Map.entry("startDate", "date de début"), Map.entry("endDate", "date de fin"), Map.entry("status", "statut"),
            Map.entry("territory", "territoire"), Map.entry("pillars", "piliers"), Map.entry("themes", "thèmes"),
            Map.entry("participationLevel", "niveau de participation"), Map.entry("devices", "dispositifs"),
            Map.entry("narratives", "récit"), Map.entry("actors", "acteur"), Map.entry("means", "moyen"),
            Map.entry("effects", "effet"), Map.entry("lessons", "enseignement"), Map.entry("milestones", "caillou blanc"),
            Map.entry("inspiredBy", "inspirée par"), Map.entry("adaptedFrom", "adaptée de"), Map.entry("related", "liée à"),
            Map.entry("sources", "sources"), Map.entry("pages", "pages web"), Map.entry("text", "texte"),
            Map.entry("creators", "auteurs"), Map.entry("democraticLife", "récit de vie démocratique"),
            Map.entry("about", "à propos de"), Map.entry("agent", "acteur"), Map.entry("roles", "rôles"),
            Map.entry("note", "note"), Map.entry("type", "type"), Map.entry("description", "description"),
            Map.entry("amount", "montant"), Map.entry("unit", "unité"), Map.entry("types", "types"),
            Map.entry("kind", "nature"), Map.entry("date", "date"), Map.entry("iri", "adresse"), Map.entry("name", "nom"));

    /** The scheme of each concept-valued field, so that concepts are named by their labels. */
    private static final Map<String, String> SCHEMES = Map.of(
            "status", "statuses", "pillars", "pillars", "themes", "themes", "participationLevel", "participation-levels",
            "devices", "devices", "roles", "actor-roles", "means.type", "means-types", "effects.types", "effect-types",
            "lessons.kind", "lesson-kinds");

    private final ConceptChoices concepts;

    RevisionDiff(ConceptChoices concepts) {
        this.concepts = concepts;
    }

    /** The changes from {@code before} to {@code after}, one sentence each, in the order of the form. */
    List<String> changes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        Set<String> keys = new LinkedHashSet<>(old.keySet());
        keys.addAll(now.keySet());
        List<String> changes = new ArrayList<>();
        for (String key : keys) {
            String a = old.get(key);
            String b = now.get(key);
            if (Objects.equals(a, b)) {
                continue;
            }
            if (a == null) {
                changes.add(key + " : ajouté « " + b + " »");
            } else if (b == null) {
                changes.add(key + " : retiré « " + a + " »");
            } else {
                changes.add(key + " : « " + a + " » → « " + b + " »");
            }
        }
        return changes;
    }

    private Map<String, String> flatten(Map<String, Object> json) {
        Map<String, String> out = new LinkedHashMap<>();
        json.forEach((key, value) -> {
            if (!key.equals("iri")) {
                flatten(label(key), key, "", value, out);
            }
        });
        return out;
    }

    private void flatten(String label, String key, String part, Object value, Map<String, String> out) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String sub = String.valueOf(k);
                boolean language = v instanceof String && sub.matches("[a-z]{2,3}(-[A-Za-z0-9]+)*|");
                flatten(language ? label + " (" + (sub.isEmpty() ? "sans langue" : sub) + ")" : label + " › " + label(sub),
                        sub, part, v, out);
            });
        } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first && first.containsKey("id")) {
            for (Object item : list) {
                Map<?, ?> map = (Map<?, ?>) item;
                String partLabel = label + " " + map.get("id");
                map.forEach((k, v) -> {
                    if (!"id".equals(k)) {
                        flatten(partLabel + " › " + label(String.valueOf(k)), String.valueOf(k), key, v, out);
                    }
                });
            }
        } else if (value instanceof List<?> list) {
            List<String> items = list.stream().map(item -> item instanceof Map<?, ?> m ? String.valueOf(m.get("iri"))
                    : concept(key, part, String.valueOf(item))).sorted().toList();
            out.put(label, String.join(", ", items));
        } else if (value != null) {
            out.put(label, value instanceof Boolean b ? (b ? "oui" : "non") : concept(key, part, String.valueOf(value)));
        }
    }

    private String concept(String key, String part, String value) {
        String scheme = SCHEMES.getOrDefault(part.isEmpty() ? key : part + "." + key, part.isEmpty() ? null : SCHEMES.get(key));
        return scheme == null ? value : concepts.label(scheme, value);
    }

    private static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }
}
