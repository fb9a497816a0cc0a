package org.w3id.cailloux.node.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The staff form's values by flat field name ({@code title.fr}, {@code themes:food-system}, {@code means[0].type}),
 * and the rows of its repeating parts: {@code <kind>[<index>].<field>}, each row with its part's id.
 */
final class FormFields {

    private static final Pattern ROW = Pattern.compile("^([a-zA-Z]+)\\[(\\d+)]\\.(.+)$");

    private final Map<String, String> values;

    FormFields(Map<String, String> values) {
        this.values = values;
    }

    /** A field of a row, {@code means[0].amount}, as its kind, its index and its name in the row; or null. */
    record RowField(String kind, int index, String name) {}

    /** The row a field belongs to, or null for a field of the experiment itself. */
    static RowField rowField(String name) {
        Matcher m = ROW.matcher(name);
        return m.matches() ? new RowField(m.group(1), Integer.parseInt(m.group(2)), m.group(3)) : null;
    }

    /** The value of a field, empty when absent. */
    String v(String name) {
        return values.getOrDefault(name, "");
    }

    void put(String name, String value) {
        values.put(name, value);
    }

    /** The indexes of the rows of one repeating part, in order. */
    List<Integer> rows(String kind) {
        Set<Integer> rows = new TreeSet<>();
        for (String name : values.keySet()) {
            RowField row = rowField(name);
            if (row != null && row.kind().equals(kind)) {
                rows.add(row.index());
            }
        }
        return List.copyOf(rows);
    }

    /** True when every field of the row {@code at} ({@code means[0].}) is empty; its id and actor type do not count. */
    boolean isBlankRow(String at) {
        return values.entrySet().stream().filter(e -> e.getKey().startsWith(at) && !e.getKey().equals(at + "id"))
                .allMatch(e -> e.getValue().isBlank() || e.getKey().equals(at + "agent.type"));
    }

    /** The values checked among the boxes named {@code prefix<value>}. */
    List<String> checked(String prefix) {
        return values.entrySet().stream().filter(e -> e.getKey().startsWith(prefix) && !e.getValue().isEmpty())
                .map(e -> e.getKey().substring(prefix.length())).toList();
    }

    /** The non-blank lines of a field, stripped. */
    List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        for (String line : v(name).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** Adds an empty row of the kind {@code kind}. */
    void addRow(String kind) {
        int next = rows(kind).stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        values.put(kind + "[" + next + "].id", "");
    }

    /** Removes the row {@code index} of the kind {@code kind}. */
    void removeRow(String kind, int index) {
        String prefix = kind + "[" + index + "].";
        values.keySet().removeIf(name -> name.startsWith(prefix));
    }

    /** Appends a line to a field unless it holds it already. */
    void appendLine(String name, String line) {
        List<String> lines = lines(name);
        if (!lines.contains(line)) {
            lines.add(line);
        }
        values.put(name, String.join("\n", lines));
    }

    /** Gives each filled row without an id the next free {@code <prefix>-<n>}, so messages can find their row. */
    void assignIds() {
        Set<String> used = new LinkedHashSet<>();
        for (PartKind kind : PartKind.ALL) {
            for (int i : rows(kind.field())) {
                String id = v(kind.field() + "[" + i + "].id");
                if (!id.isBlank()) {
                    used.add(id.strip());
                }
            }
        }
        for (PartKind kind : PartKind.ALL) {
            for (int i : rows(kind.field())) {
                String at = kind.field() + "[" + i + "].";
                if (v(at + "id").isBlank() && !isBlankRow(at)) {
                    int n = 1;
                    while (used.contains(kind.idPrefix() + "-" + n)) {
                        n++;
                    }
                    used.add(kind.idPrefix() + "-" + n);
                    values.put(at + "id", kind.idPrefix() + "-" + n);
                }
            }
        }
    }

    /** The row of the part whose id is {@code id}, as {@code kind[i].}, or null. */
    String rowOfPart(String id) {
        for (PartKind kind : PartKind.ALL) {
            for (int i : rows(kind.field())) {
                if (v(kind.field() + "[" + i + "].id").equals(id)) {
                    return kind.field() + "[" + i + "].";
                }
            }
        }
        return null;
    }
}
