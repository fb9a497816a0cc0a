package org.w3id.cailloux.node.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fills the staff form from an experiment's JSON form: the way back of {@link FormToJson}. */
final class FormFilling {

    private FormFilling() {}

    /** The form fields that show an experiment's JSON form. */
    @SuppressWarnings("unchecked")
    static Map<String, String> fieldsOf(Map<String, Object> json) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("slug", text(json.get("slug")));
        langFields(f, "title", json.get("title"));
        langFields(f, "summary", json.get("summary"));
        for (String name : FormToJson.TEXTS) {
            if (json.get(name) != null) {
                f.put(name, text(json.get(name)));
            }
        }
        for (String name : FormToJson.CONCEPT_LISTS) {
            list(json.get(name)).forEach(slug -> f.put(name + ":" + text(slug), "on"));
        }
        for (PartKind kind : PartKind.ALL) {
            int i = 0;
            for (Object item : list(json.get(kind.field()))) {
                Map<String, Object> part = (Map<String, Object>) item;
                String at = kind.field() + "[" + i++ + "].";
                f.put(at + "id", text(part.get("id")));
                switch (kind.field()) {
                    case "narratives" -> {
                        langFields(f, at + "title", part.get("title"));
                        langFields(f, at + "text", part.get("text"));
                        f.put(at + "creators", lines(part.get("creators")));
                        f.put(at + "sources", lines(part.get("sources")));
                        f.put(at + "about", lines(part.get("about")));
                        if (Boolean.TRUE.equals(part.get("democraticLife"))) {
                            f.put(at + "democraticLife", "on");
                        }
                    }
                    case "actors" -> {
                        Map<String, Object> agent = part.get("agent") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
                        f.put(at + "agent.iri", text(agent.get("iri")));
                        f.put(at + "agent.name", text(agent.get("name")));
                        f.put(at + "agent.type", list(agent.get("types")).stream().map(FormFilling::text)
                                .filter(t -> List.of("Organization", "Person", "Group").contains(t)).findFirst().orElse("Agent"));
                        list(part.get("roles")).forEach(r -> f.put(at + "roles:" + text(r), "on"));
                        langFields(f, at + "note", part.get("note"));
                    }
                    case "means" -> {
                        f.put(at + "type", text(part.get("type")));
                        langFields(f, at + "description", part.get("description"));
                        f.put(at + "amount", part.get("amount") instanceof BigDecimal d ? d.toPlainString() : text(part.get("amount")));
                        f.put(at + "unit", text(part.get("unit")));
                    }
                    case "effects" -> {
                        list(part.get("types")).forEach(t -> f.put(at + "types:" + text(t), "on"));
                        langFields(f, at + "description", part.get("description"));
                    }
                    case "lessons" -> {
                        f.put(at + "kind", text(part.get("kind")));
                        langFields(f, at + "description", part.get("description"));
                    }
                    default -> {
                        langFields(f, at + "title", part.get("title"));
                        f.put(at + "date", text(part.get("date")));
                        langFields(f, at + "description", part.get("description"));
                    }
                }
            }
        }
        for (String name : FormToJson.IRI_LISTS) {
            f.put(name, lines(json.get(name)));
        }
        f.put("sources", lines(json.get("sources")));
        return f;
    }

    private static void langFields(Map<String, String> f, String prefix, Object map) {
        if (map instanceof Map<?, ?> m) {
            m.forEach((lang, text) -> f.put(prefix + "." + lang, text(text)));
        }
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static String lines(Object value) {
        List<String> lines = new ArrayList<>();
        for (Object item : list(value)) {
            lines.add(item instanceof Map<?, ?> m ? text(m.get("iri")) : text(item));
        }
        return String.join("\n", lines);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

}
