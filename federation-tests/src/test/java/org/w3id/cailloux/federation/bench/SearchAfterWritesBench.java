package org.w3id.cailloux.federation.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.w3id.cailloux.node.CaillouxNode;

/**
 * The search page right after a write (an entry point, not a test): one node of {@code bench.experiments} (5,000)
 * generated experiments; {@code bench.runs} (30) times a staff write then a search view, timed, against search views
 * with no write between them. Prints a Markdown table.
 */
public final class SearchAfterWritesBench {

    private static final String PASSWORD = "bench-password-long-enough";

    /** Runs the benchmark and prints its table. */
    public static void main(String[] args) throws Exception {
        int experiments = Integer.getInteger("bench.experiments", 5_000);
        int runs = Integer.getInteger("bench.runs", 30);
        Path work = Files.createTempDirectory(Path.of("target"), "search-bench-");
        Path data = work.resolve("node.ttl");
        Files.writeString(data, new ExperimentGenerator(42).node(0, 1, experiments).replace(ExperimentGenerator.placeholder(0), "http://localhost:18950/"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (CaillouxNode node = CaillouxNode.builder().port(18950).dataDir(work.resolve("n"))
                .property("cailloux.sample-data", data.toAbsolutePath().toString())
                .property("cailloux.base-uri", "http://localhost:18950/").property("cailloux.admin-password", PASSWORD).build().start()) {
            String base = node.url().toString();
            for (int i = 0; i < 5; i++) {
                get(http, base + "/search?q=energie");
            }
            List<Double> idle = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                get(http, base + "/search?q=energie");
                idle.add((System.nanoTime() - t) / 1e6);
            }
            List<Double> afterWrite = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                String json = """
                        {"slug": "ecrite-%d", "title": {"fr": "Expérimentation écrite %d"}, "summary": {"fr": "Écrite pendant le banc d'essai."},
                         "status": "running", "pillars": ["citizen-involvement"], "themes": ["culture"]}""".formatted(i, i);
                HttpResponse<String> written = http.send(HttpRequest.newBuilder(URI.create(base + "/api/experiments"))
                        .header("Content-Type", "application/json").header("Authorization", "Basic "
                                + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
                if (written.statusCode() != 201) {
                    throw new IllegalStateException("HTTP " + written.statusCode() + ": " + written.body());
                }
                long t = System.nanoTime();
                String page = get(http, base + "/search?q=" + "ecrite+" + i);
                afterWrite.add((System.nanoTime() - t) / 1e6);
                if (!page.contains("/experiments/ecrite-" + i)) {
                    throw new IllegalStateException("the search right after the write does not show it");
                }
            }
            System.out.println("Search after writes, " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + Runtime.version() + "; one node of " + experiments + " generated experiments; " + runs + " runs.\n\n"
                    + "| measure | median | p95 | max |\n|---|---|---|---|\n"
                    + row("search, no write since the last view (ms)", idle) + row("search right after a write, which it shows (ms)", afterWrite));
        }
        System.exit(0);
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " from " + url);
        }
        return response.body();
    }

    private static String row(String name, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", name, sorted.get(sorted.size() / 2),
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)), sorted.getLast());
    }
}
