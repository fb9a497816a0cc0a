package org.w3id.cailloux.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The targets, each with what was measured and whether it is met. */
final class Targets {

    private final List<List<String>> rows = new ArrayList<>();

    void bulk(double acknowledgedPerSecond, double queryablePerSecond, double warmupQueryablePerSecond) {
        add("bulk import ≥ 1,000 experiments/s with validation", Report.number(acknowledgedPerSecond, 0) + " experiments/s acknowledged, "
                + Report.number(queryablePerSecond, 0) + " experiments/s until queryable, after the warm-up files (those: "
                + Report.number(warmupQueryablePerSecond, 0) + " experiments/s until queryable)",
                acknowledgedPerSecond >= 1000 && queryablePerSecond >= 1000);
    }

    void single(double p50Millis) {
        add("single publish p50 ≤ 20 ms", Report.number(p50Millis, 1) + " ms", p50Millis <= 20);
    }

    void queryMix(double ratio) {
        add("query mix p50 ≤ 1.1 × Fuseki", Report.number(ratio, 2) + " × Fuseki", ratio <= 1.1);
    }

    void rss(long afterImport, long serving) {
        long limit = 512L * 1024 * 1024;
        add("RSS ≤ 512 MB with the data loaded", "node JVM " + Report.mebibytes(afterImport) + " after the import and queries, "
                + Report.mebibytes(serving) + " restarted and serving", afterImport > 0 && afterImport <= limit && serving > 0 && serving <= limit);
    }

    void startup(Duration second, Duration withData) {
        add("start-up ≤ 3 s after the first run", BenchRun.millis(second) + " (empty), " + BenchRun.millis(withData) + " (with the data)",
                second.toMillis() <= 3000 && withData.toMillis() <= 3000);
    }

    void report(Report report) {
        report.heading(3, "Targets (issue 3)").table(List.of("target", "measured", "met"), rows);
    }

    private void add(String target, String measured, boolean met) {
        rows.add(List.of(target, measured, met ? "yes" : "**no**"));
    }
}
