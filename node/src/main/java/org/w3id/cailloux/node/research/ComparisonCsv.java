package org.w3id.cailloux.node.research;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3id.cailloux.node.research.Comparison.Count;
import org.w3id.cailloux.node.research.Comparison.Row;

/** The tables of a {@link Comparison} as CSV (RFC 4180: a header row, CRLF, quotes doubled); lists joined by " | ". */
final class ComparisonCsv {

    /** The tables one can download, by the {@code table} parameter's value. */
    static final List<String> TABLES = List.of("experiments", "themes", "levels");

    private ComparisonCsv() {}

    /** The table {@code table} of the comparison. */
    static String of(Comparison comparison, String table) {
        return switch (table) {
            case "themes" -> counts(comparison.themes(), "theme");
            case "levels" -> counts(comparison.levels(), "participation_level");
            default -> experiments(comparison.rows());
        };
    }

    private static String experiments(List<Row> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, "city", "city_iri", "experiment", "experiment_iri", "participation_level", "means", "effects", "lessons");
        for (Row r : rows) {
            line(csv, r.cityName(), r.city(), r.title(), r.experiment(), r.level() == null ? "" : r.level().fr(),
                    String.join(" | ", r.means()), String.join(" | ", r.effects()), String.join(" | ", r.lessons()));
        }
        return csv.toString();
    }

    private static String counts(List<Count> counts, String concept) {
        StringBuilder csv = new StringBuilder();
        line(csv, "city", "city_iri", concept, concept + "_iri", "experiments");
        for (Count c : counts) {
            line(csv, c.city().name(), c.city().iri(), c.concept().fr(), c.concept().iri(), Long.toString(c.experiments()));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String... cells) {
        csv.append(Stream.of(cells).map(ComparisonCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String cell(String value) {
        String v = value == null ? "" : value;
        return v.matches("(?s).*[\",\r\n].*") ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
