package org.w3id.cailloux.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/**
 * One benchmark run, in order: generate the data; start a fresh node twice (first and second
 * start-up); bulk import, then publish one by one; start Fuseki on the same data; check and time
 * the query mix on both; measure memory; restart the node on its full data. Fills a {@link Report}.
 */
final class BenchRun {

    private static final String BASE = "http://bench.cailloux.test/";
    private static final String ADMIN_PASSWORD = "bench-admin-password";

    private final BenchOptions options;
    private final Report report;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Targets targets = new Targets();
    private final List<List<String>> startRows = new ArrayList<>();
    private int stops;
    private int forcedStops;

    BenchRun(BenchOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    void run() {
        Path work = options.workDir().toAbsolutePath();
        deleteRecursively(work);
        report.heading(2, "Cailloux benchmark: " + Report.number(options.experiments(), 0) + " experiments, seed " + options.seed())
                .paragraph(Machine.describe() + ". The node runs with the JVM options of `./cailloux run` (`node/jvm.options`: `"
                        + String.join(" ", NodeJvmOptions.read(options.nodeJvmOptionsFile(), work.resolve("node"))) + "`). Extra JVM options of both servers: "
                        + (options.jvmOptions().isEmpty() ? "none (Fuseki runs with the JVM's defaults)" : "`" + String.join(" ", options.jvmOptions()) + "`")
                        + ". Load average at the start (1 / 5 / 15 min): " + Machine.loadAverage() + ".");

        TransitionVocabulary vocabulary = TransitionVocabulary.load();
        Graph vocabularyGraph = vocabulary.graph();
        long generationStarted = System.nanoTime();
        List<ExperimentSpec> experiments = new ExperimentGenerator(options.seed(), new ConceptSlugs(vocabularyGraph))
                .generate(options.experiments());
        BenchData data = BenchData.write(experiments, options.imported(), options.batchSize(), BASE, vocabularyGraph, work.resolve("data"));
        report.paragraph("Generated and written in " + seconds(System.nanoTime() - generationStarted) + " s: "
                + data.importFiles().size() + " Turtle files for the bulk import, " + data.singleJson().size()
                + " JSON forms, one N-Quads file for Fuseki.");

        NodeProcess node = NodeProcess.builder()
                .classpath(readClasspath(options.nodeClasspathFile()))
                .dataDir(work.resolve("node"))
                .port(freePort())
                .adminPassword(ADMIN_PASSWORD)
                .base(BASE)
                .jvmOptions(NodeJvmOptions.read(options.nodeJvmOptionsFile(), work.resolve("node")))
                .jvmOptions(options.jvmOptions())
                .log(work.resolve("node.log"))
                .http(http)
                .build();
        FusekiProcess fuseki = new FusekiProcess(options.fusekiJar().toAbsolutePath(), work.resolve("fuseki"), freePort(),
                options.jvmOptions(), http);
        try {
            measure(node, fuseki, data, experiments);
            if (forcedStops > 0) {
                report.paragraph("**The node did not stop within 20 s of SIGTERM " + forcedStops + " time(s) out of "
                        + stops + "** and was killed (see `node.log`).");
            }
        } finally {
            node.stop();
            fuseki.stop();
        }
        targets.report(report);
        report.paragraph("Load average at the end (1 / 5 / 15 min): " + Machine.loadAverage() + ". Logs and data: `" + work + "`.");
    }

    private void measure(NodeProcess node, FusekiProcess fuseki, BenchData data, List<ExperimentSpec> experiments) {
        progress("first start of the node");
        NodeProcess.StartupTimes firstStart = node.start();
        stopNode(node);
        NodeProcess.StartupTimes secondStart = node.start();
        startRows.add(startRow("first start, empty data directory (PostgreSQL initdb, migrations, vocabulary index)", firstStart));
        startRows.add(startRow("second start, same data directory", secondStart));

        NodeClient client = new NodeClient(http, node.url());
        PublishBenchmark publishing = new PublishBenchmark(client, client.token("admin", ADMIN_PASSWORD), BenchRun::progress);
        List<Path> files = data.importFiles();
        PublishBenchmark.BulkResult warmupBulk = publishing.bulkImport(files.subList(0, options.warmupFiles()), options.warmupImported());
        PublishBenchmark.BulkResult bulk = publishing.bulkImport(files.subList(options.warmupFiles(), files.size()), options.imported());
        LatencyStats perFile = LatencyStats.of(bulk.perFileNanos());
        LatencyStats single = LatencyStats.of(publishing.publishOneByOne(data.singleJson()));
        report.heading(3, "Publishing through the HTTP API").table(List.of("operation", "count", "result"), List.of(
                List.of("bulk import, warm-up: the first files on the node just started (its JIT compiler still busy)",
                        warmupBulk.experiments() + " in " + warmupBulk.files() + " files",
                        Report.number(warmupBulk.perSecond(), 0) + " experiments/s acknowledged, "
                                + Report.number(warmupBulk.queryablePerSecond(), 0) + " experiments/s until queryable"),
                List.of("bulk import `POST /api/import` (Turtle, " + options.batchSize() + " per file, validated, published), after the warm-up",
                        bulk.experiments() + " in " + bulk.files() + " files",
                        "**" + Report.number(bulk.perSecond(), 0) + " experiments/s** acknowledged (" + seconds(bulk.nanos()) + " s; per file p50 "
                                + Report.number(perFile.p50Millis(), 0) + " ms); **" + Report.number(bulk.queryablePerSecond(), 0)
                                + " experiments/s** until `/sparql` counts them all (" + seconds(bulk.queryableNanos()) + " s)"),
                List.of("one by one `POST /api/experiments` (JSON, bearer token, sequential)", Integer.toString(single.count()),
                        "**p50 " + Report.number(single.p50Millis(), 1) + " ms**, p95 " + Report.number(single.p95Millis(), 1)
                                + " ms, " + Report.number(single.perSecond(), 0) + " experiments/s")));
        targets.bulk(bulk.perSecond(), bulk.queryablePerSecond(), warmupBulk.queryablePerSecond());
        targets.single(single.p50Millis());

        progress("starting Fuseki and loading the same data");
        Duration fusekiStart = fuseki.start();
        Duration fusekiLoad = fuseki.load(data.fusekiQuads());
        report.paragraph("Fuseki 6.0.0 (TDB2, union default graph) started in " + millis(fusekiStart) + " and loaded the same "
                + Report.number(experiments.size(), 0) + " experiments plus the vocabulary (one N-Quads request, no validation) in "
                + seconds(fusekiLoad.toNanos()) + " s.");

        String described = new ExperimentRdf(BASE).iri(experiments.get(experiments.size() / 2).slug());
        List<ResearcherQuery> queries = ResearcherQueries.load(BASE, described);
        QueryMixBenchmark mix = new QueryMixBenchmark(new SparqlClient(http), queries, node.url().resolve("/sparql"), fuseki.sparql());
        progress("query mix: checking answer sizes, then " + options.warmupRounds() + " + " + options.rounds() + " rounds");
        QueryMixBenchmark.Sizes sizes = mix.check();
        List<QueryMixBenchmark.Timings> timings = mix.run(options.warmupRounds(), options.rounds());
        new QueryMixTable(queries, sizes, timings.get(0), timings.get(1), options).addTo(report, targets);
        if (!sizes.agree()) {
            report.paragraph("**The answers differ in size** (node " + sizes.node() + ", Fuseki " + sizes.fuseki()
                    + "): the timings compare different work.");
        }

        long jvmRss = node.jvmRss();
        long[] nodeSplit = node.jvmRssSplit();
        long postgres = node.postgresPss();
        long fusekiRss = fuseki.rss();
        long[] fusekiSplit = fuseki.rssSplit();
        fuseki.stop();

        stopNode(node);
        progress("restarting the node on its full data, then the query mix once more");
        NodeProcess.StartupTimes fullRestart = node.start();
        SparqlClient sparql = new SparqlClient(http);
        for (int round = 0; round < 3; round++) {
            queries.forEach(query -> sparql.run(node.url().resolve("/sparql"), query));
        }
        long servingRss = node.jvmRss();
        long[] servingSplit = node.jvmRssSplit();
        long servingPostgres = node.postgresPss();
        stopNode(node);
        report.heading(3, "Memory").table(List.of("process", "VmRSS", "of which anonymous (heap...)",
                "of which file-backed (mapped TDB2 files, jars)"), List.of(
                List.of("node JVM after the bulk import, the one-by-one publishing and the query mix (same process)",
                        "**" + Report.mebibytes(jvmRss) + "**", Report.mebibytes(nodeSplit[0]), Report.mebibytes(nodeSplit[1])),
                List.of("node's embedded PostgreSQL then (sum of Pss)", Report.mebibytes(postgres), "", ""),
                List.of("node JVM restarted on the full data, after the query mix 3 times",
                        "**" + Report.mebibytes(servingRss) + "**", Report.mebibytes(servingSplit[0]), Report.mebibytes(servingSplit[1])),
                List.of("node's embedded PostgreSQL then (sum of Pss)", Report.mebibytes(servingPostgres), "", ""),
                List.of("Fuseki JVM after loading and the query mix, for comparison", Report.mebibytes(fusekiRss), Report.mebibytes(fusekiSplit[0]),
                        Report.mebibytes(fusekiSplit[1]))));
        targets.rss(jvmRss, servingRss);

        startRows.add(startRow("restart on the full data directory (" + Report.number(experiments.size(), 0) + " experiments)", fullRestart));
        report.heading(3, "Node start-up (from process start)").table(List.of("start", "/health UP", "ready (index synchronised)"), startRows)
                .paragraph("`/health` answers UP as soon as the HTTP server listens; the node is ready when its launcher returns, after "
                        + "the start-up listeners (query index synchronisation with PostgreSQL).");
        targets.startup(secondStart.ready(), fullRestart.ready());
    }

    private void stopNode(NodeProcess node) {
        stops++;
        if (!node.stop()) {
            forcedStops++;
        }
    }

    private static List<String> startRow(String what, NodeProcess.StartupTimes times) {
        return List.of(what, millis(times.healthUp()), "**" + millis(times.ready()) + "**");
    }

    private static String readClasspath(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the node's classpath from " + file + ": build the bench module first (bench/run does)", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty " + directory, e);
        }
    }

    // Progress goes to stderr, apart from the report
    private static void progress(String message) {
        System.err.println("[bench] " + message);
    }

    static String millis(Duration duration) {
        return Report.number(duration.toNanos() / 1e6, 0) + " ms";
    }

    static String seconds(long nanos) {
        return Report.number(nanos / 1e9, 1);
    }
}
