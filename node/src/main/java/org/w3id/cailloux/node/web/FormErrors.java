package org.w3id.cailloux.node.web;

import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.publishing.problems.ValidationProblem;
import org.w3id.cailloux.node.publishing.record.InvalidRecordException;

/**
 * Puts the node's messages next to the form fields they concern: a SHACL violation is found by its
 * focus (the experiment, or a part such as {@code #means-1}) and its path (the property), a reading
 * error by its JSON path ({@code means[0].amount: ...}).
 */
final class FormErrors {

    private static final Map<String, String> EXPERIMENT_FIELDS = Map.ofEntries(
            Map.entry("title", "title"), Map.entry("abstract", "summary"), Map.entry("startDate", "startDate"),
            Map.entry("endDate", "endDate"), Map.entry("status", "status"), Map.entry("spatial", "territory"),
            Map.entry("pillar", "pillars"), Map.entry("theme", "themes"), Map.entry("participationLevel", "participationLevel"),
            Map.entry("device", "devices"), Map.entry("inspiredBy", "inspiredBy"), Map.entry("adaptedFrom", "adaptedFrom"),
            Map.entry("relation", "related"), Map.entry("source", "sources"), Map.entry("page", "pages"));

    private static final Map<String, String> PART_FIELDS = Map.ofEntries(
            Map.entry("text", "text"), Map.entry("title", "title"), Map.entry("date", "date"),
            Map.entry("meansType", "type"), Map.entry("description", "description"), Map.entry("value", "amount"),
            Map.entry("unitText", "unit"), Map.entry("effectType", "types"), Map.entry("lessonKind", "kind"),
            Map.entry("agent", "agent.iri"), Map.entry("hadRole", "roles"), Map.entry("comment", "note"),
            Map.entry("creator", "creators"), Map.entry("about", "about"));

    /** Fields whose value is one text per language: the message goes next to the language concerned. */
    private static final List<String> LANGUAGE_FIELDS = List.of("title", "summary", "text", "description", "note");

    private FormErrors() {}

    /** Puts each violation of the problem next to its field of {@code form}. */
    @SuppressWarnings("unchecked")
    static void add(ExperimentForm form, ValidationProblem problem, String experimentIri) {
        List<Map<String, Object>> violations = (List<Map<String, Object>>) problem.body("").get("violations");
        for (Map<String, Object> v : violations) {
            String focus = String.valueOf(v.get("focus"));
            String property = v.get("path") == null ? "" : String.valueOf(v.get("path")).replaceAll("^.*[#/]", "");
            String message = String.valueOf(v.get("message"));
            String value = v.get("value") == null ? null : String.valueOf(v.get("value"));
            String field = null;
            if (focus.equals(experimentIri)) {
                field = EXPERIMENT_FIELDS.get(property);
            } else if (focus.startsWith(experimentIri + "#")) {
                String row = form.rowOfPart(focus.substring(experimentIri.length() + 1));
                String sub = PART_FIELDS.get(property);
                field = row == null || sub == null ? null : row + sub;
            }
            if (field == null) {
                form.generalError(message);
            } else {
                form.error(withLanguage(field, value), message);
            }
        }
    }

    /** Puts each reading error (JSON path, colon, message) next to its field. */
    static void add(ExperimentForm form, InvalidRecordException problem) {
        for (String error : problem.errors()) {
            int colon = error.indexOf(": ");
            if (colon < 0) {
                form.generalError(error);
                continue;
            }
            String field = error.substring(0, colon).replaceAll("\\[\\d+]$", "").replaceAll("\\[\\d+]\\.(iri|name)$", "");
            form.error(field, "Valeur illisible : " + error.substring(colon + 2));
        }
    }

    /** {@code title} becomes {@code title.en} when the offending value is English, {@code title.fr} otherwise. */
    private static String withLanguage(String field, String value) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        if (!LANGUAGE_FIELDS.contains(last)) {
            return field;
        }
        String lang = value != null && value.matches("(?s)^\".*\"@en$") ? "en" : "fr";
        return field + "." + lang;
    }
}
