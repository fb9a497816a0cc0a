package org.w3id.cailloux.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The run's results as Markdown, echoed to a console as each part is added. */
final class Report {

    private final StringBuilder markdown = new StringBuilder();
    private final PrintStream console;

    Report(PrintStream console) {
        this.console = console;
    }

    /** A heading of level 2 or 3. */
    Report heading(int level, String title) {
        return add("#".repeat(level) + " " + title + "\n\n");
    }

    /** A paragraph. */
    Report paragraph(String text) {
        return add(text + "\n\n");
    }

    /** A table. */
    Report table(List<String> headers, List<List<String>> rows) {
        StringBuilder table = new StringBuilder();
        table.append("| ").append(String.join(" | ", headers)).append(" |\n|");
        headers.forEach(h -> table.append("---|"));
        table.append('\n');
        rows.forEach(row -> table.append("| ").append(String.join(" | ", row)).append(" |\n"));
        return add(table.append('\n').toString());
    }

    /** The whole report. */
    String markdown() {
        return markdown.toString();
    }

    /** A number with {@code decimals} digits after the point, and thousands separated by commas. */
    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** Bytes in MB of 2^20 bytes, as /proc and most tools count them. */
    static String mebibytes(long bytes) {
        return bytes < 0 ? "n/a" : number(bytes / (1024.0 * 1024.0), 0) + " MB";
    }

    private Report add(String text) {
        markdown.append(text);
        console.print(text);
        console.flush();
        return this;
    }
}
