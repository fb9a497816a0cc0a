package org.w3id.cailloux.node.linkeddata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.jena.graph.Node;

/**
 * A date as the records give it ({@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}):
 * its ISO form, for {@code <time datetime>} and sorting, and its French reading.
 */
public record PageDate(String iso, String fr) implements Comparable<PageDate> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);

    /** The date of a literal, or null when the node is not a literal. */
    public static PageDate of(Node literal) {
        if (literal == null || !literal.isLiteral()) {
            return null;
        }
        String iso = literal.getLiteralLexicalForm().strip();
        try {
            if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new PageDate(iso, LocalDate.parse(iso).format(DAY));
            }
            if (iso.matches("\\d{4}-\\d{2}")) {
                return new PageDate(iso, YearMonth.parse(iso).format(MONTH));
            }
        } catch (DateTimeParseException e) {
            // not a valid calendar date: show it as written
        }
        return new PageDate(iso, iso);
    }

    /** ISO order, which is chronological for years, months and days alike ("2018" before "2018-09"). */
    @Override
    public int compareTo(PageDate other) {
        return iso.compareTo(other.iso);
    }
}
