package org.w3id.cailloux.node.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff form of an experiment, as flat field names ({@code title.fr}, {@code themes:food-system},
 * {@code means[0].type}), converted to the JSON form of {@code docs/json-form.md} ({@link FormToJson}) and back
 * ({@link FormFilling}), with the messages shown next to each field. The views read it through its public methods.
 */
public final class ExperimentForm {

    private final FormFields fields;
    private final FormMessages messages = new FormMessages();

    private ExperimentForm(Map<String, String> fields) {
        this.fields = new FormFields(fields);
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
        fields.assignIds();
        return new FormToJson(fields, messages).json();
    }

    // ------------------------------------------------------------------ editing the rows

    /** Adds an empty row of the kind {@code field} (e.g. {@code means}). */
    public void addRow(String field) {
        fields.addRow(field);
    }

    /** Removes the row {@code index} of the kind {@code field}. */
    public void removeRow(String field, int index) {
        fields.removeRow(field, index);
    }

    /** Appends an IRI to one of the link lists (inspiredBy, adaptedFrom, related). */
    public void appendIri(String field, String iri) {
        fields.appendLine(field, iri);
    }

    // ------------------------------------------------------------------ what the views read

    /** The value of a field, empty when absent. */
    public String v(String name) {
        return fields.v(name);
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
        return fields.rows(field);
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
        return FieldLabels.label(name, fields);
    }

    /** The messages about a field. */
    public List<String> err(String name) {
        return messages.of(name);
    }

    /** True when a field has messages. */
    public boolean has(String name) {
        return messages.has(name);
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
        messages.byField().keySet().stream().sorted(Comparator.comparingInt(FieldLabels::rank))
                .forEach(k -> sorted.put(k, messages.of(k)));
        return sorted;
    }

    /** Messages that concern no single field. */
    public List<String> generalErrors() {
        return messages.general();
    }

    /** True when there is any message. */
    public boolean hasErrors() {
        return messages.any();
    }

    /** Adds a message next to the field {@code name}. */
    public void error(String name, String message) {
        messages.error(name, message);
    }

    /** Adds a message about the whole form. */
    public void generalError(String message) {
        messages.general(message);
    }

    /** The row index of the part whose id is {@code id}, as {@code kind[i].}, or null. */
    String rowOfPart(String id) {
        return fields.rowOfPart(id);
    }
}
