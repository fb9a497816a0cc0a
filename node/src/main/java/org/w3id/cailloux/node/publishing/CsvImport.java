package org.w3id.cailloux.node.publishing;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.AtlasException;
import org.apache.jena.atlas.csv.CSVParser;
import org.w3id.cailloux.node.publishing.problems.MalformedRecordProblem;

/**
 * Reads a CSV of experiments (one per row, a header row naming the columns) into JSON forms.
 * Columns: slug, title_fr, title_en, summary_fr, summary_en, status, start_date, end_date,
 * pillars, themes, participation_level, devices, narrative_fr, narrative_en, sources, pages,
 * inspired_by, adapted_from. List columns hold values separated by {@code ;}. Only slug is
 * required by the reader; the shapes judge the rest.
 */
final class CsvImport {

    static final List<String> COLUMNS = List.of("slug", "title_fr", "title_en", "summary_fr", "summary_en", "status",
            "start_date", "end_date", "pillars", "themes", "participation_level", "devices", "narrative_fr",
            "narrative_en", "sources", "pages", "inspired_by", "adapted_from");

    private CsvImport() {}

    static List<Map<String, Object>> read(byte[] body) {
        List<List<String>> rows = new ArrayList<>();
        try {
            CSVParser parser = CSVParser.create(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
            parser.forEach(rows::add);
        } catch (AtlasException e) {
            throw new MalformedRecordProblem("The CSV could not be read: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new MalformedRecordProblem("The CSV is empty: its first row names the columns (" + String.join(", ", COLUMNS) + ").");
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase()).toList();
        List<String> unknown = header.stream().filter(h -> !COLUMNS.contains(h)).toList();
        if (!unknown.isEmpty() || !header.contains("slug")) {
            throw new MalformedRecordProblem("CSV columns " + (unknown.isEmpty() ? "lack 'slug'" : "not known: " + unknown)
                    + "; the columns are " + String.join(", ", COLUMNS) + ".");
        }
        List<Map<String, Object>> forms = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != header.size()) {
                throw new MalformedRecordProblem("CSV row " + (i + 1) + " has " + row.size() + " cells; the header has " + header.size() + ".");
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), row.get(c).strip());
            }
            forms.add(form(cells));
        }
        return forms;
    }

    private static Map<String, Object> form(Map<String, String> cells) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("slug", cells.get("slug"));
        putLanguages(form, "title", cells.get("title_fr"), cells.get("title_en"));
        putLanguages(form, "summary", cells.get("summary_fr"), cells.get("summary_en"));
        putText(form, "status", cells.get("status"));
        putText(form, "startDate", cells.get("start_date"));
        putText(form, "endDate", cells.get("end_date"));
        putText(form, "participationLevel", cells.get("participation_level"));
        putList(form, "pillars", cells.get("pillars"));
        putList(form, "themes", cells.get("themes"));
        putList(form, "devices", cells.get("devices"));
        putList(form, "sources", cells.get("sources"));
        putList(form, "pages", cells.get("pages"));
        putList(form, "inspiredBy", cells.get("inspired_by"));
        putList(form, "adaptedFrom", cells.get("adapted_from"));
        Map<String, Object> text = languages(cells.get("narrative_fr"), cells.get("narrative_en"));
        if (!text.isEmpty()) {
            Map<String, Object> narrative = new LinkedHashMap<>();
            narrative.put("id", "narrative-1");
            narrative.put("text", text);
            form.put("narratives", List.of(narrative));
        }
        return form;
    }

    private static void putText(Map<String, Object> form, String key, String value) {
        if (value != null && !value.isEmpty()) {
            form.put(key, value);
        }
    }

    private static void putList(Map<String, Object> form, String key, String value) {
        if (value != null && !value.isEmpty()) {
            form.put(key, Arrays.stream(value.split(";")).map(String::strip).filter(v -> !v.isEmpty()).toList());
        }
    }

    private static void putLanguages(Map<String, Object> form, String key, String fr, String en) {
        Map<String, Object> map = languages(fr, en);
        if (!map.isEmpty()) {
            form.put(key, map);
        }
    }

    private static Map<String, Object> languages(String fr, String en) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (fr != null && !fr.isEmpty()) {
            map.put("fr", fr);
        }
        if (en != null && !en.isEmpty()) {
            map.put("en", en);
        }
        return map;
    }
}
