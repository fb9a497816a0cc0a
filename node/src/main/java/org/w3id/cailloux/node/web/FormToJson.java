package org.w3id.cailloux.node.web;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3id.cailloux.node.publishing.record.ExperimentRecord;

/**
 * Maps the staff form's fields to the JSON form of {@code docs/json-form.md}: rows left empty are dropped, and
 * values the JSON form cannot hold (an amount that is not a number, a link that is not an address) are reported
 * next to their field. {@link FormFilling} is the way back.
 */
final class FormToJson {

    static final List<String> CONCEPT_LISTS = List.of("pillars", "themes", "devices");
    static final List<String> TEXTS = List.of("startDate", "endDate", "status", "territory", "participationLevel");
    static final List<String> IRI_LISTS = List.of("inspiredBy", "adaptedFrom", "related", "pages");
    private static final Pattern ABSOLUTE_IRI = Pattern.compile("^https?://[^\\s<>\"{}|\\\\^`]+$");

    private final FormFields fields;
    private final FormMessages messages;

    FormToJson(FormFields fields, FormMessages messages) {
        this.fields = fields;
        this.messages = messages;
    }

    /** The JSON form of the fields; the rows must have their ids ({@link FormFields#assignIds()}). */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        String slug = fields.v("slug").strip();
        if (slug.isEmpty()) {
            messages.error("slug", "Le nom court est obligatoire : il forme l'adresse de l'expérimentation, p. ex. jardins-partages.");
        } else if (!ExperimentRecord.isValidSlug(slug)) {
            messages.error("slug", "Le nom court n'a que des minuscules sans accent, des chiffres et des tirets (100 au plus), p. ex. jardins-partages.");
        }
        json.put("slug", slug);
        putLangs(json, "title", "title");
        putLangs(json, "summary", "summary");
        for (String name : TEXTS) {
            putText(json, name, fields.v(name));
        }
        for (String name : CONCEPT_LISTS) {
            putList(json, name, fields.checked(name + ":"));
        }
        for (PartKind kind : PartKind.ALL) {
            List<Map<String, Object>> parts = new ArrayList<>();
            for (int i : fields.rows(kind.field())) {
                String at = kind.field() + "[" + i + "].";
                if (fields.isBlankRow(at)) {
                    continue;
                }
                Map<String, Object> part = new LinkedHashMap<>();
                part.put("id", fields.v(at + "id"));
                fillPart(kind.field(), at, part);
                parts.add(part);
            }
            putList(json, kind.field(), parts);
        }
        for (String name : IRI_LISTS) {
            putList(json, name, iris(name));
        }
        putList(json, "sources", citations("sources"));
        return json;
    }

    private void fillPart(String kind, String at, Map<String, Object> part) {
        switch (kind) {
            case "narratives" -> {
                putLangs(part, "title", at + "title");
                putLangs(part, "text", at + "text");
                putList(part, "creators", fields.lines(at + "creators").stream().map(l -> (Object) l).toList());
                putList(part, "sources", citations(at + "sources"));
                part.put("democraticLife", !fields.v(at + "democraticLife").isEmpty());
                putList(part, "about", iris(at + "about"));
            }
            case "actors" -> fillActor(at, part);
            case "means" -> {
                putText(part, "type", fields.v(at + "type"));
                putLangs(part, "description", at + "description");
                String amount = fields.v(at + "amount").strip().replace(',', '.').replace(" ", "");
                if (!amount.isEmpty()) {
                    try {
                        BigDecimal number = new BigDecimal(amount);
                        part.put("amount", number.scale() <= 0 ? (Object) number.toBigIntegerExact().longValue() : number);
                    } catch (NumberFormatException | ArithmeticException e) {
                        messages.error(at + "amount", "Le montant est un nombre, p. ex. 1500 ou 12,5.");
                    }
                }
                putText(part, "unit", fields.v(at + "unit"));
            }
            case "effects" -> {
                putList(part, "types", fields.checked(at + "types:"));
                putLangs(part, "description", at + "description");
            }
            case "lessons" -> {
                putText(part, "kind", fields.v(at + "kind"));
                putLangs(part, "description", at + "description");
            }
            default -> {
                putLangs(part, "title", at + "title");
                putText(part, "date", fields.v(at + "date"));
                putLangs(part, "description", at + "description");
            }
        }
    }

    private void fillActor(String at, Map<String, Object> part) {
        Map<String, Object> agent = new LinkedHashMap<>();
        String iri = fields.v(at + "agent.iri").strip();
        String name = fields.v(at + "agent.name").strip();
        if (iri.isEmpty() && !name.isEmpty()) {
            // An actor named without an address gets one of the node's own, from the name
            iri = "actors/" + slugOf(name);
        } else if (!iri.isEmpty() && !ABSOLUTE_IRI.matcher(iri).matches()) {
            messages.error(at + "agent.iri", "« " + iri + " » n'est pas une adresse : écrivez une adresse complète (https://…), ou laissez vide.");
            iri = "";
        }
        if (!iri.isEmpty()) {
            agent.put("iri", iri);
            putText(agent, "name", name);
            String type = fields.v(at + "agent.type");
            agent.put("types", type.isEmpty() || type.equals("Agent") ? List.of("Agent") : List.of(type, "Agent"));
            part.put("agent", agent);
        }
        putList(part, "roles", fields.checked(at + "roles:"));
        putLangs(part, "note", at + "note");
    }

    private List<Object> iris(String name) {
        List<Object> iris = new ArrayList<>();
        for (String line : fields.lines(name)) {
            if (ABSOLUTE_IRI.matcher(line).matches()) {
                iris.add(line);
            } else {
                messages.error(name, "« " + line + " » n'est pas une adresse : écrivez une adresse complète (https://…), une par ligne.");
            }
        }
        return iris;
    }

    private List<Object> citations(String name) {
        return fields.lines(name).stream().map(line -> ABSOLUTE_IRI.matcher(line).matches() ? (Object) Map.of("iri", line) : line).toList();
    }

    private void putLangs(Map<String, Object> json, String key, String field) {
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String lang : List.of("fr", "en")) {
            String value = fields.v(field + "." + lang).strip();
            if (!value.isEmpty()) {
                texts.put(lang, value);
            }
        }
        if (!texts.isEmpty()) {
            json.put(key, texts);
        }
    }

    private static void putText(Map<String, Object> json, String key, String value) {
        if (value != null && !value.isBlank()) {
            json.put(key, value.strip());
        }
    }

    private static void putList(Map<String, Object> json, String key, List<?> values) {
        if (!values.isEmpty()) {
            json.put(key, values);
        }
    }

    /** A slug made of a name: "Les Anges Gardins" gives {@code les-anges-gardins}. */
    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "actor" : slug.length() > 80 ? slug.substring(0, 80) : slug;
    }
}
