package org.w3id.cailloux.node.curation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff form for a proposal, one kind at a time, read into the change's JSON form. Its field names are the JSON
 * paths ({@code prefLabel.fr}, {@code broader}…), so that the hub's messages land next to the right field. Lists are
 * written one item a line.
 */
public final class ProposalForm {

    /** The kinds the form offers, with their French names, in the order shown. */
    public static final Map<String, String> KINDS = kinds();

    private final Map<String, String> fields;

    public ProposalForm(Map<String, String> fields) {
        this.fields = fields == null ? Map.of() : fields;
    }

    /** The value of a field, "" when absent. */
    public String v(String name) {
        String value = fields.get(name);
        return value == null ? "" : value;
    }

    /** True when the field holds this value (a select's option, or one line of a list). */
    public boolean is(String name, String value) {
        return lines(name).contains(value);
    }

    /** The kind chosen, or new-concept. */
    public String kind() {
        String kind = v("kind");
        return KINDS.containsKey(kind) ? kind : "new-concept";
    }

    /** The change's JSON form, with the rationale and whether it is a draft. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        String kind = kind();
        json.put("kind", kind);
        switch (kind) {
            case "new-concept" -> {
                json.put("scheme", v("scheme"));
                concept(json, "");
            }
            case "change-texts" -> {
                json.put("concept", v("concept"));
                for (String p : List.of("prefLabel", "definition", "scopeNote")) {
                    Map<String, Object> texts = new LinkedHashMap<>();
                    for (String lang : List.of("fr", "en")) {
                        if (!v(p + "." + lang).isBlank()) {
                            texts.put(lang, v(p + "." + lang));
                        }
                    }
                    if (!texts.isEmpty()) {
                        json.put(p, texts);
                    }
                }
                Map<String, Object> alt = new LinkedHashMap<>();
                for (String lang : List.of("fr", "en")) {
                    if (fields.containsKey("altLabel." + lang) && !v("altLabel." + lang).isBlank()) {
                        alt.put(lang, lines("altLabel." + lang));
                    }
                }
                if (!alt.isEmpty()) {
                    json.put("altLabel", alt);
                }
            }
            case "move" -> {
                json.put("concept", v("concept"));
                json.put("broader", lines("broader"));
            }
            case "add-relation", "remove-relation" -> {
                json.put("concept", v("concept"));
                json.put("relation", v("relation"));
                json.put("target", v("target"));
            }
            case "deprecate" -> {
                json.put("concept", v("concept"));
                json.put("replacedBy", lines("replacedBy"));
                json.put("reason", v("reason"));
            }
            case "merge" -> {
                json.put("concept", v("concept"));
                json.put("into", v("into"));
                json.put("reason", v("reason"));
            }
            case "new-scheme" -> {
                json.put("slug", v("slug"));
                json.put("prefLabel", texts("prefLabel"));
                json.put("definition", texts("definition"));
                Map<String, Object> first = new LinkedHashMap<>();
                concept(first, "concepts[0].");
                json.put("concepts", List.of(first));
            }
            default -> throw new IllegalStateException(kind);
        }
        json.put("rationale", v("rationale"));
        if ("on".equals(v("draft"))) {
            json.put("draft", true);
        }
        return json;
    }

    private void concept(Map<String, Object> json, String prefix) {
        json.put("slug", v(prefix + "slug"));
        json.put("prefLabel", texts(prefix + "prefLabel"));
        json.put("definition", texts(prefix + "definition"));
        Map<String, Object> alt = new LinkedHashMap<>();
        for (String lang : List.of("fr", "en")) {
            if (!lines(prefix + "altLabel." + lang).isEmpty()) {
                alt.put(lang, lines(prefix + "altLabel." + lang));
            }
        }
        if (!alt.isEmpty()) {
            json.put("altLabel", alt);
        }
        json.put("broader", lines(prefix + "broader"));
        json.put("related", lines(prefix + "related"));
        json.put("sources", lines(prefix + "sources"));
    }

    private Map<String, Object> texts(String name) {
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("fr", v(name + ".fr"));
        texts.put("en", v(name + ".en"));
        return texts;
    }

    /** The non-blank lines of a field, then the values of its checked boxes (named {@code name:value}). */
    List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        for (String line : v(name).split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        fields.forEach((key, value) -> {
            if (key.startsWith(name + ":") && "on".equals(value) && !lines.contains(key.substring(name.length() + 1))) {
                lines.add(key.substring(name.length() + 1));
            }
        });
        return lines;
    }

    /** True when the box {@code name:value} is checked, or the value is one of the field's lines. */
    public boolean on(String name, String value) {
        return lines(name).contains(value);
    }

    private static Map<String, String> kinds() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("new-concept", "Nouveau concept");
        k.put("change-texts", "Changer les libellés, la définition ou les notes");
        k.put("move", "Déplacer dans la hiérarchie");
        k.put("add-relation", "Ajouter une relation");
        k.put("remove-relation", "Retirer une relation");
        k.put("deprecate", "Rendre obsolète (avec ou sans remplaçant)");
        k.put("merge", "Fusionner deux concepts");
        k.put("new-scheme", "Nouveau schéma de concepts");
        return java.util.Collections.unmodifiableMap(k);
    }
}
