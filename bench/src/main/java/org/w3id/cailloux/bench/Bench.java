package org.w3id.cailloux.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The publishing and SPARQL benchmark of a Cailloux node, side by side with Apache Jena Fuseki.
 * Run it with {@code bench/run [--quick] [--experiments N] ...}; it prints a Markdown report and
 * writes it to {@code bench/target/bench-results.md}.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) throws IOException {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Report report = new Report(System.out);
        new BenchRun(options, report).run();
        Path results = Path.of(System.getProperty("bench.results", "bench/target/bench-results.md"));
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, report.markdown());
        System.out.println("Written to " + results);
    }
}
