package org.w3id.cailloux.node.web;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.cailloux.node.publishing.record.ExperimentRecord;

/**
 * The staff form of an experiment, as flat field names ({@code title.fr}, {@code themes:food-system},
 * {@code means[0].type}), converted to the JSON form of {@code docs/json-form.md} and back. It also
 * holds the messages shown next to each field. The views read it through its public methods.
 */
public final class ExperimentForm {

    /** A repeating part of an experiment: its JSON field, the prefix of its ids, its name in French. */
    public record PartKind(String field, String idPrefix, String labelFr, String addLabel) {}

    /** The repeating parts, in the order of the form. */
    public static final List<PartKind> PARTS = List.of(
            new PartKind("narratives", "narrative", "Récit", "Ajouter un récit"),
            new PartKind("actors", "association", "Acteur impliqué", "Ajouter un acteur"),
            new PartKind("means", "means", "Moyen engagé", "Ajouter un moyen"),
            new PartKind("effects", "effect", "Effet", "Ajouter un effet"),
            new PartKind("lessons", "lesson", "Enseignement", "Ajouter un enseignement"),
            new PartKind("milestones", "milestone", "Caillou blanc", "Ajouter un caillou blanc"));

    static final List<String> CONCEPT_LISTS = List.of("pillars", "themes", "devices");
    static final List<String> TEXTS = List.of("startDate", "endDate", "status", "territory", "participationLevel");
    static final List<String> IRI_LISTS = List.of("inspiredBy", "adaptedFrom", "related", "pages");
    private static final Pattern ROW = Pattern.compile("^([a-zA-Z]+)\\[(\\d+)]\\.(.+)$");
    private static final Pattern ABSOLUTE_IRI = Pattern.compile("^https?://[^\\s<>\"{}|\\\\^`]+$");

    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("slug", "Nom court"), Map.entry("title.fr", "Titre (français)"), Map.entry("title.en", "Titre (anglais)"),
            Map.entry("summary.fr", "Résumé (français)"), Map.entry("summary.en", "Résumé (anglais)"),
            Map.entry("startDate", "Date de début"), Map.entry("endDate", "Date de fin"), Map.entry("status", "Statut"),
            Map.entry("territory", "Territoire"), Map.entry("pillars", "Piliers"), Map.entry("themes", "Thèmes"),
            Map.entry("participationLevel", "Niveau de participation"), Map.entry("devices", "Dispositifs"),
            Map.entry("inspiredBy", "Inspirée par"), Map.entry("adaptedFrom", "Adaptée de"), Map.entry("related", "Liée à"),
            Map.entry("sources", "Sources"), Map.entry("pages", "Pages web"), Map.entry("text.fr", "texte (français)"),
            Map.entry("text.en", "texte (anglais)"), Map.entry("date", "date"), Map.entry("type", "type"),
            Map.entry("description.fr", "description (français)"), Map.entry("description.en", "description (anglais)"),
            Map.entry("amount", "montant"), Map.entry("unit", "unité"), Map.entry("types", "types d'effet"),
            Map.entry("kind", "nature"), Map.entry("agent.iri", "adresse de l'acteur"), Map.entry("agent.name", "nom de l'acteur"),
            Map.entry("roles", "rôles"), Map.entry("note.fr", "note (français)"), Map.entry("note.en", "note (anglais)"),
            Map.entry("about", "à propos de"), Map.entry("creators", "auteurs"));

    private static final List<String> PAGE_ORDER = List.of("slug", "title.fr", "title.en", "summary.fr", "summary.en",
            "startDate", "endDate", "status", "territory", "pillars", "themes", "participationLevel", "devices");
    private static final List<String> LINKS_ORDER = List.of("inspiredBy", "adaptedFrom", "related", "sources", "pages");

    private final Map<String, String> fields;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();
    private final List<String> generalErrors = new ArrayList<>();

    private ExperimentForm(Map<String, String> fields) {
        this.fields = fields;
    }

    /** The form as posted; the CSRF token, the version and the action are not fields. */
    public static ExperimentForm posted(Map<String, String> posted) {
        Map<String, String> fields = new LinkedHashMap<>();
        posted.forEach((name, value) -> {
            if (!name.equals("csrf") && !name.equals("etag") && !name.startsWith("_")) {
                fields.put(name, value == null ? "" : value.replace("\r\n", "\n"));
            }
        });
        return new ExperimentForm(fields);
    }

    /** An empty form for a new experiment of the territory. */
    public static ExperimentForm blank(String territoryIri) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("territory", territoryIri);
        return new ExperimentForm(fields);
    }

    /** The form filled from an experiment's JSON form. */
    public static ExperimentForm of(Map<String, Object> json) {
        return new ExperimentForm(FormFilling.fieldsOf(json));
    }

    /**
     * The JSON form of what was posted; rows left empty are dropped, new rows get the next free id,
     * and values the JSON form cannot hold (an amount that is not a number, a link that is not an
     * address) are reported next to their field.
     */
    public Map<String, Object> toJson() {
        assignIds();
        Map<String, Object> json = new LinkedHashMap<>();
        String slug = v("slug").strip();
        if (slug.isEmpty()) {
            error("slug", "Le nom court est obligatoire : il forme l'adresse de l'expérimentation, p. ex. jardins-partages.");
        } else if (!ExperimentRecord.isValidSlug(slug)) {
            error("slug", "Le nom court n'a que des minuscules sans accent, des chiffres et des tirets (100 au plus), p. ex. jardins-partages.");
        }
        json.put("slug", slug);
        putLangs(json, "title", "title");
        putLangs(json, "summary", "summary");
        for (String name : TEXTS) {
            putText(json, name, v(name));
        }
        for (String name : CONCEPT_LISTS) {
            putList(json, name, checked(name + ":"));
        }
        for (PartKind kind : PARTS) {
            List<Map<String, Object>> parts = new ArrayList<>();
            for (int i : rows(kind.field())) {
                String at = kind.field() + "[" + i + "].";
                if (isBlankRow(at)) {
                    continue;
                }
                Map<String, Object> part = new LinkedHashMap<>();
                part.put("id", v(at + "id"));
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
                putList(part, "creators", linesOf(at + "creators").stream().map(l -> (Object) l).toList());
                putList(part, "sources", citations(at + "sources"));
                part.put("democraticLife", !v(at + "democraticLife").isEmpty());
                putList(part, "about", iris(at + "about"));
            }
            case "actors" -> {
                Map<String, Object> agent = new LinkedHashMap<>();
                String iri = v(at + "agent.iri").strip();
                String name = v(at + "agent.name").strip();
                if (iri.isEmpty() && !name.isEmpty()) {
                    // An actor named without an address gets one of the node's own, from the name
                    iri = "actors/" + slugOf(name);
                } else if (!iri.isEmpty() && !ABSOLUTE_IRI.matcher(iri).matches()) {
                    error(at + "agent.iri", "« " + iri + " » n'est pas une adresse : écrivez une adresse complète (https://…), ou laissez vide.");
                    iri = "";
                }
                if (!iri.isEmpty()) {
                    agent.put("iri", iri);
                    putText(agent, "name", name);
                    String type = v(at + "agent.type");
                    agent.put("types", type.isEmpty() || type.equals("Agent") ? List.of("Agent") : List.of(type, "Agent"));
                    part.put("agent", agent);
                }
                putList(part, "roles", checked(at + "roles:"));
                putLangs(part, "note", at + "note");
            }
            case "means" -> {
                putText(part, "type", v(at + "type"));
                putLangs(part, "description", at + "description");
                String amount = v(at + "amount").strip().replace(',', '.').replace(" ", "");
                if (!amount.isEmpty()) {
                    try {
                        BigDecimal number = new BigDecimal(amount);
                        part.put("amount", number.scale() <= 0 ? (Object) number.toBigIntegerExact().longValue() : number);
                    } catch (NumberFormatException | ArithmeticException e) {
                        error(at + "amount", "Le montant est un nombre, p. ex. 1500 ou 12,5.");
                    }
                }
                putText(part, "unit", v(at + "unit"));
            }
            case "effects" -> {
                putList(part, "types", checked(at + "types:"));
                putLangs(part, "description", at + "description");
            }
            case "lessons" -> {
                putText(part, "kind", v(at + "kind"));
                putLangs(part, "description", at + "description");
            }
            default -> {
                putLangs(part, "title", at + "title");
                putText(part, "date", v(at + "date"));
                putLangs(part, "description", at + "description");
            }
        }
    }

    /** Gives each filled row without an id the next free {@code <prefix>-<n>}, so messages can find their row. */
    private void assignIds() {
        Set<String> used = new LinkedHashSet<>();
        for (PartKind kind : PARTS) {
            for (int i : rows(kind.field())) {
                String id = v(kind.field() + "[" + i + "].id");
                if (!id.isBlank()) {
                    used.add(id.strip());
                }
            }
        }
        for (PartKind kind : PARTS) {
            for (int i : rows(kind.field())) {
                String at = kind.field() + "[" + i + "].";
                if (v(at + "id").isBlank() && !isBlankRow(at)) {
                    int n = 1;
                    while (used.contains(kind.idPrefix() + "-" + n)) {
                        n++;
                    }
                    used.add(kind.idPrefix() + "-" + n);
                    fields.put(at + "id", kind.idPrefix() + "-" + n);
                }
            }
        }
    }

    // ------------------------------------------------------------------ editing the rows

    /** Adds an empty row of the kind {@code field} (e.g. {@code means}). */
    public void addRow(String field) {
        int next = rows(field).stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        fields.put(field + "[" + next + "].id", "");
    }

    /** Removes the row {@code index} of the kind {@code field}. */
    public void removeRow(String field, int index) {
        String prefix = field + "[" + index + "].";
        fields.keySet().removeIf(name -> name.startsWith(prefix));
    }

    /** Appends an IRI to one of the link lists (inspiredBy, adaptedFrom, related). */
    public void appendIri(String field, String iri) {
        List<String> lines = linesOf(field);
        if (!lines.contains(iri)) {
            lines.add(iri);
        }
        fields.put(field, String.join("\n", lines));
    }

    // ------------------------------------------------------------------ what the views read

    /** The value of a field, empty when absent. */
    public String v(String name) {
        return fields.getOrDefault(name, "");
    }

    /** True when a checkbox or radio value is chosen: {@code on("themes:food-system")} or {@code on("status", "running")}. */
    public boolean on(String name) {
        return !v(name).isEmpty();
    }

    /** True when the field {@code name} holds {@code value} (radio buttons, options). */
    public boolean is(String name, String value) {
        return v(name).equals(value);
    }

    /** The indexes of the rows of one repeating part, in order. */
    public List<Integer> rows(String field) {
        Set<Integer> rows = new TreeSet<>();
        for (String name : fields.keySet()) {
            Matcher m = ROW.matcher(name);
            if (m.matches() && m.group(1).equals(field)) {
                rows.add(Integer.parseInt(m.group(2)));
            }
        }
        return List.copyOf(rows);
    }

    /** The element id of a field's input, e.g. {@code f-means-0-type}. */
    public String id(String name) {
        return idOf(name);
    }

    /** The id of the element holding a field's messages. */
    public String errId(String name) {
        return idOf(name) + "-error";
    }

    /** The element id of a field's input. */
    static String idOf(String name) {
        return "f-" + name.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-+$", "");
    }

    /** The name of a field for the summary of messages, e.g. {@code Moyen engagé 1 › montant}. */
    public String label(String name) {
        Matcher row = ROW.matcher(name);
        if (row.matches()) {
            PartKind kind = PARTS.stream().filter(k -> k.field().equals(row.group(1))).findFirst().orElse(null);
            int number = rows(row.group(1)).indexOf(Integer.parseInt(row.group(2))) + 1;
            return (kind == null ? row.group(1) : kind.labelFr()) + " " + number + " › " + FIELD_LABELS.getOrDefault(row.group(3), row.group(3));
        }
        return FIELD_LABELS.getOrDefault(name, name);
    }

    /** The messages about a field. */
    public List<String> err(String name) {
        return errors.getOrDefault(name, List.of());
    }

    /** True when a field has messages. */
    public boolean has(String name) {
        return errors.containsKey(name);
    }

    /** The value of {@code aria-describedby} for a field: its hint and its messages, or null. */
    public String describedBy(String name, boolean hint) {
        List<String> ids = new ArrayList<>();
        if (hint) {
            ids.add(id(name) + "-hint");
        }
        if (has(name)) {
            ids.add(errId(name));
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    /** Every message by field, in the order of the fields on the page, for the summary at the top. */
    public Map<String, List<String>> errors() {
        Map<String, List<String>> sorted = new LinkedHashMap<>();
        errors.keySet().stream().sorted(java.util.Comparator.comparingInt(this::rank)).forEach(k -> sorted.put(k, errors.get(k)));
        return sorted;
    }

    /** Where a field comes on the page: the top fields, then the parts row by row, then the links. */
    private int rank(String name) {
        Matcher row = ROW.matcher(name);
        if (row.matches()) {
            int kind = PARTS.stream().map(PartKind::field).toList().indexOf(row.group(1));
            return 1_000 + kind * 100_000 + Integer.parseInt(row.group(2)) * 100;
        }
        int top = PAGE_ORDER.indexOf(name);
        int links = LINKS_ORDER.indexOf(name);
        return top >= 0 ? top : links >= 0 ? 10_000_000 + links : 20_000_000;
    }

    /** Messages that concern no single field. */
    public List<String> generalErrors() {
        return generalErrors;
    }

    /** True when there is any message. */
    public boolean hasErrors() {
        return !errors.isEmpty() || !generalErrors.isEmpty();
    }

    /** Adds a message next to the field {@code name}. */
    public void error(String name, String message) {
        List<String> list = errors.computeIfAbsent(name, k -> new ArrayList<>());
        if (!list.contains(message)) {
            list.add(message);
        }
    }

    /** Adds a message about the whole form. */
    public void generalError(String message) {
        generalErrors.add(message);
    }

    /** The row index of the part whose id is {@code id}, as {@code kind[i].}, or null. */
    String rowOfPart(String id) {
        for (PartKind kind : PARTS) {
            for (int i : rows(kind.field())) {
                if (v(kind.field() + "[" + i + "].id").equals(id)) {
                    return kind.field() + "[" + i + "].";
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ helpers

    private boolean isBlankRow(String at) {
        return fields.entrySet().stream().filter(e -> e.getKey().startsWith(at) && !e.getKey().equals(at + "id"))
                .allMatch(e -> e.getValue().isBlank() || e.getKey().equals(at + "agent.type"));
    }

    private List<String> checked(String prefix) {
        return fields.entrySet().stream().filter(e -> e.getKey().startsWith(prefix) && !e.getValue().isEmpty())
                .map(e -> e.getKey().substring(prefix.length())).toList();
    }

    private List<String> linesOf(String name) {
        List<String> lines = new ArrayList<>();
        for (String line : v(name).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private List<Object> iris(String name) {
        List<Object> iris = new ArrayList<>();
        for (String line : linesOf(name)) {
            if (ABSOLUTE_IRI.matcher(line).matches()) {
                iris.add(line);
            } else {
                error(name, "« " + line + " » n'est pas une adresse : écrivez une adresse complète (https://…), une par ligne.");
            }
        }
        return iris;
    }

    private List<Object> citations(String name) {
        return linesOf(name).stream().map(line -> ABSOLUTE_IRI.matcher(line).matches() ? (Object) Map.of("iri", line) : line).toList();
    }

    private void putLangs(Map<String, Object> json, String key, String field) {
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String lang : List.of("fr", "en")) {
            String value = v(field + "." + lang).strip();
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
