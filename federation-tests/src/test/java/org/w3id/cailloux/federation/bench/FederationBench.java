package org.w3id.cailloux.federation.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.w3id.cailloux.federation.Answer;
import org.w3id.cailloux.federation.FedX;
import org.w3id.cailloux.federation.Network;
import org.w3id.cailloux.federation.Oracle;
import org.w3id.cailloux.federation.Seed;
import org.w3id.cailloux.federation.SparqlHttp;

/**
 * The federation benchmark (an entry point, not a test): Cailloux's {@code /federation/sparql} against
 * RDF4J FedX over the same nodes' {@code /sparql} endpoints, in the same run, at 3 and 10 nodes of
 * generated experiments (fixed seed), with 0 and 20 ms injected per request by each node's proxy.
 * Measures the median and p95 latency and the HTTP requests the nodes received per query, for Cailloux as a client
 * gets it (answers the nodes gave before reused while their data is unchanged) and asking the nodes
 * ({@code Cache-Control: no-cache}), and the answer time with one dead peer; prints a Markdown table and writes it into {@code docs/benchmarks.md}.
 * Settings (system properties): {@code bench.nodes} (3,10), {@code bench.latencies} (0,20),
 * {@code bench.experiments} (1000), {@code bench.runs} (10), {@code bench.warmup} (2), {@code bench.jit-warmup} (20), {@code bench.seed} (42),
 * {@code bench.output} (../docs/benchmarks.md; "none" to only print); to look into Cailloux alone,
 * {@code bench.fedx} (true; false leaves FedX out), {@code bench.queries} (only the queries whose name contains it) and
 * {@code bench.answer-cache-bytes} (the nodes' {@code cailloux.sparql.answer-cache-bytes} and the federating node's
 * {@code cailloux.federation.answer-cache-bytes}; 0 turns every answer cache off);
 * {@code bench.idle} (pauses in ms, e.g. 0,20,300: prints how the answer time depends on the machine's idle time
 * before each question, instead of the tables; nothing written).
 */
public final class FederationBench {

    /** One trivial question a node answers at once: its time is a round trip. */
    private static final Query ROUND_TRIP_PROBE = QueryFactory.create("ASK { ?s ?p ?o }");

    private final int experiments = Integer.getInteger("bench.experiments", 1000);
    private final int runs = Integer.getInteger("bench.runs", 10);
    private final int warmup = Integer.getInteger("bench.warmup", 2);
    private final int jitWarmup = Integer.getInteger("bench.jit-warmup", 20);
    private final long seed = Long.getLong("bench.seed", 42);
    private final boolean withFedX = Boolean.parseBoolean(System.getProperty("bench.fedx", "true"));
    private final String only = System.getProperty("bench.queries", "");
    private final String answerCache = System.getProperty("bench.answer-cache-bytes", "");
    private final List<Integer> idle = System.getProperty("bench.idle", "").isBlank() ? List.of() : ints(System.getProperty("bench.idle"));
    private final SparqlHttp http = new SparqlHttp(Duration.ofSeconds(120));
    private final PrintStream out;
    private final StringBuilder report = new StringBuilder();

    private FederationBench(PrintStream out) {
        this.out = out;
    }

    /** Runs the benchmark with the settings of the system properties. */
    public static void main(String[] args) throws IOException {
        new FederationBench(System.out).run(ints(System.getProperty("bench.nodes", "3,10")),
                ints(System.getProperty("bench.latencies", "0,20")));
        System.exit(0);
    }

    private void run(List<Integer> nodeCounts, List<Integer> latencies) throws IOException {
        report.append("Generated on ").append(LocalDate.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(Runtime.version()).append("; ").append(experiments)
                .append(" generated experiments per node (seed ").append(seed).append("), ").append(runs)
                .append(" measured runs per query and engine after ").append(warmup)
                .append(" warm-up runs, and before the first cell the whole workload ").append(jitWarmup)
                .append(" times on both engines (the JVM's compiler warm-up).\n");
        boolean compiled = false;
        for (int nodes : nodeCounts) {
            Network network = start(nodes);
            try {
                Oracle oracle = network.oracle();
                for (int latency : latencies) {
                    for (String name : network.names()) {
                        network.proxy(name).delay(latency);
                    }
                    if (!compiled) {
                        compileWarmup(network);
                        compiled = true;
                    }
                    if (idle.isEmpty()) {
                        measure(network, oracle, nodes, latency);
                    } else {
                        idleProbe(network, nodes, latency);
                    }
                }
                if (idle.isEmpty()) {
                    deadPeer(network, nodes, latencies.get(latencies.size() - 1));
                }
            } finally {
                network.close();
            }
        }
        if (!idle.isEmpty()) {
            return;
        }
        out.println(report);
        String output = System.getProperty("bench.output", "../docs/benchmarks.md");
        if (!output.equals("none")) {
            BenchReport.write(Path.of(output), report.toString(), String.format(Locale.ROOT,
                    "-Dbench.nodes=%s -Dbench.latencies=%s -Dbench.experiments=%d -Dbench.runs=%d -Dbench.warmup=%d -Dbench.jit-warmup=%d",
                    join(nodeCounts), join(latencies), experiments, runs, warmup, jitWarmup));
        }
    }

    private Network start(int nodes) {
        ExperimentGenerator generator = new ExperimentGenerator(seed);
        Network.Builder builder = Network.builder()
                .nodeProperty("cailloux.sparql.result-limit", 1_000_000)
                .federatorProperty("cailloux.sparql.result-limit", 1_000_000);
        if (!answerCache.isEmpty()) {
            builder.nodeProperty("cailloux.sparql.answer-cache-bytes", Long.parseLong(answerCache))
                    .federatorProperty("cailloux.sparql.answer-cache-bytes", Long.parseLong(answerCache))
                    .federatorProperty("cailloux.federation.answer-cache-bytes", Long.parseLong(answerCache));
        }
        for (int k = 0; k < nodes; k++) {
            builder.node("n" + k, Seed.turtle(generator.node(k, nodes, experiments)));
        }
        long start = System.nanoTime();
        Network network = builder.start();
        out.printf(Locale.ROOT, "%d nodes of %d experiments started in %.0f s%n", nodes, experiments, (System.nanoTime() - start) / 1e9);
        return network;
    }

    private void measure(Network network, Oracle oracle, int nodes, int latency) {
        Duration roundTrip = slowestRoundTrip(network);
        report.append("\n### ").append(nodes).append(" nodes, ").append(latency).append(" ms per request\n\n")
                .append("Slowest single round trip to a node: ").append(millis(roundTrip)).append(" ms.\n\n")
                .append("| query | Cailloux median | p95 | requests | asking the nodes: median | p95 | requests | FedX median | p95 | requests | Cailloux/FedX | asking/FedX | rows C / asking / FedX / oracle |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        FedX fedx = withFedX ? new FedX(network.names().stream().map(network::sparql).toList()) : null;
        try {
            for (Workload w : Workload.all()) {
                if (!only.isEmpty() && !w.name().contains(only)) {
                    continue;
                }
                Query query = QueryFactory.create(w.sparql());
                int expected = oracle.answer(query).size();
                Samples cailloux = new Samples();
                Samples asking = new Samples();
                Samples outside = new Samples();
                for (int i = 0; i < warmup + runs; i++) {
                    boolean kept = i >= warmup;
                    ask(network, query, false, kept ? cailloux : null, w.name());
                    ask(network, query, true, kept ? asking : null, w.name());
                    if (!withFedX) {
                        continue;
                    }
                    network.resetCounts();
                    long begin = System.nanoTime();
                    int fedxRows;
                    try {
                        fedxRows = (int) fedx.count(w.sparql());
                    } catch (RuntimeException e) {
                        fedxRows = -1;
                    }
                    Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
                    // FedX returns as soon as it has LIMIT rows while its union tasks still send requests: they
                    // are FedX's, and counted as such, not as the next Cailloux run's
                    long fedxRequests = quietRequests(network);
                    if (kept) {
                        outside.add(elapsed, fedxRequests, fedxRows);
                    }
                }
                report.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %.2f | %.2f | %s / %s / %s / %d |%n", w.name(),
                        millis(cailloux.median()), millis(cailloux.p95()), cailloux.medianRequests(),
                        millis(asking.median()), millis(asking.p95()), asking.medianRequests(),
                        millis(outside.median()), millis(outside.p95()), outside.medianRequests(),
                        ratio(cailloux, outside), ratio(asking, outside), cailloux.rows(), asking.rows(), outside.rows(), expected));
                out.printf(Locale.ROOT, "%d nodes %d ms %-45s Cailloux %5d ms %4d req | asking %5d ms %4d req | FedX %5d ms %4d req%n", nodes, latency,
                        w.name(), millis(cailloux.median()), cailloux.medianRequests(), millis(asking.median()), asking.medianRequests(),
                        millis(outside.median()), outside.medianRequests());
            }
        } finally {
            if (fedx != null) {
                fedx.close();
            }
        }
    }

    /**
     * Asks Cailloux the query once, {@code fresh} with {@code Cache-Control: no-cache} (every node asked again, not
     * answered from what they answered before), and adds its time, the requests the nodes got and its rows to
     * {@code samples} (null: a warm-up run, nothing kept).
     */
    private void ask(Network network, Query query, boolean fresh, Samples samples, String name) {
        network.resetCounts();
        SparqlHttp.Response response = fresh ? http.postFresh(network.federation(), query) : http.post(network.federation(), query);
        if (samples != null && !withFedX) {
            out.printf(Locale.ROOT, "  %s%s: %d ms, Server-Timing %s%n", name, fresh ? " (asking the nodes)" : "", millis(response.elapsed()),
                    response.header("Server-Timing"));
        }
        long requests = quietRequests(network);
        int rows = response.status() == 200 ? response.answer(query).size() : -response.status();
        if (samples != null) {
            samples.add(response.elapsed(), requests, rows);
        }
    }

    private static double ratio(Samples engine, Samples fedx) {
        return (double) engine.median().toNanos() / Math.max(1, fedx.median().toNanos());
    }

    /**
     * Instead of the tables: how the answer time depends on how long the machine was idle before the question
     * (the tables wait 300 ms between runs, to count each answer's requests). For each selected query and each
     * {@code bench.idle} pause in ms, the medians of Cailloux, of its {@code fetch} (Server-Timing), of FedX and of
     * one node's own {@code /sparql} asked {@code ASK}, each asked after that pause; printed, not written.
     */
    private void idleProbe(Network network, int nodes, int latency) {
        String node = network.names().getFirst();
        try (FedX fedx = new FedX(network.names().stream().map(network::sparql).toList())) {
            for (Workload w : Workload.all()) {
                if (!only.isEmpty() && !w.name().contains(only)) {
                    continue;
                }
                Query query = QueryFactory.create(w.sparql());
                out.printf(Locale.ROOT, "%n%d nodes, %d ms, %s: median ms after a pause%n| pause | Cailloux | its fetch | FedX | Cailloux/FedX | %s's /sparql (ASK) |%n|---:|---:|---:|---:|---:|---:|%n",
                        nodes, latency, w.name(), node);
                for (int pause : idle) {
                    Samples cailloux = new Samples();
                    Samples fetch = new Samples();
                    Samples outside = new Samples();
                    Samples direct = new Samples();
                    for (int i = 0; i < runs; i++) {
                        pause(pause);
                        SparqlHttp.Response response = http.postFresh(network.federation(), query);
                        cailloux.add(response.elapsed(), 0, 0);
                        fetch.add(serverTiming(response.header("Server-Timing"), "fetch"), 0, 0);
                        pause(pause);
                        long begin = System.nanoTime();
                        try {
                            fedx.count(w.sparql());
                            outside.add(Duration.ofNanos(System.nanoTime() - begin), 0, 0);
                        } catch (RuntimeException e) {
                            // FedX failed this run (its 30 s limit): no time to count; the median is of those it answered
                        }
                        pause(pause);
                        direct.add(http.post(network.sparql(node), ROUND_TRIP_PROBE).elapsed(), 0, 0);
                    }
                    out.printf(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.2f | %.1f |%n", pause, cailloux.median().toNanos() / 1e6,
                            fetch.median().toNanos() / 1e6, outside.median().toNanos() / 1e6,
                            (double) cailloux.median().toNanos() / Math.max(1, outside.median().toNanos()), direct.median().toNanos() / 1e6);
                }
            }
        }
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One metric's duration in a Server-Timing header ({@code name;dur=<ms>}), zero when absent. */
    private static Duration serverTiming(String header, String name) {
        for (String metric : header == null ? new String[0] : header.split(",")) {
            String[] parts = metric.strip().split(";dur=");
            if (parts.length == 2 && parts[0].equals(name)) {
                return Duration.ofNanos((long) (Double.parseDouble(parts[1]) * 1e6));
            }
        }
        return Duration.ZERO;
    }

    /**
     * Runs the whole workload {@code bench.jit-warmup} times on both engines before the first measured cell, unmeasured:
     * every node and both engines share this JVM, whose JIT compiler otherwise still compiles their code during the
     * first cell (a three-row query took 19 ms after 2 warm-up runs and 7 ms after 300).
     */
    private void compileWarmup(Network network) {
        long start = System.nanoTime();
        FedX fedx = withFedX ? new FedX(network.names().stream().map(network::sparql).toList()) : null;
        try {
            for (int i = 0; i < jitWarmup; i++) {
                for (Workload w : Workload.all()) {
                    Query query = QueryFactory.create(w.sparql());
                    http.post(network.federation(), query);
                    http.postFresh(network.federation(), query);
                    for (String name : network.names()) {
                        http.post(network.sparql(name), ROUND_TRIP_PROBE);
                    }
                    if (fedx != null) {
                        try {
                            fedx.count(w.sparql());
                        } catch (RuntimeException e) {
                            // an error is measured later; here only the code paths matter
                        }
                    }
                }
            }
        } finally {
            if (fedx != null) {
                fedx.close();
            }
        }
        out.printf(Locale.ROOT, "compiler warm-up: the workload %d times on both engines in %.0f s%n", jitWarmup, (System.nanoTime() - start) / 1e9);
    }

    private void deadPeer(Network network, int nodes, int latency) {
        String dead = network.names().get(network.names().size() - 1);
        network.proxy(dead).close();
        Query query = QueryFactory.create(Workload.all().get(7).sparql());
        // Asking every node: the dead one's feed ended when its proxy closed, but that may not have been read yet
        SparqlHttp.Response response = http.postFresh(network.federation(), query);
        String sources = response.header("Cailloux-Sources");
        boolean named = sources != null && sources.contains(network.iri(dead)) && sources.contains("failed");
        report.append(String.format(Locale.ROOT, "%nDead peer (%d nodes, %d ms, node %s stopped, query \"count per status\"): "
                        + "Cailloux asking the nodes answered HTTP %d in %d ms, the dead peer %s in Cailloux-Sources.%n",
                nodes, latency, dead, response.status(), millis(response.elapsed()), named ? "named as failed" : "NOT named"));
        if (!withFedX) {
            return;
        }
        try (FedX fedx = new FedX(network.names().stream().map(network::sparql).toList())) {
            long begin = System.nanoTime();
            String outcome;
            try {
                outcome = fedx.count(query.toString()) + " rows";
            } catch (RuntimeException e) {
                outcome = "an error (" + e.getClass().getSimpleName() + ")";
            }
            report.append(String.format(Locale.ROOT, "RDF4J FedX gave %s in %d ms.%n", outcome, millis(Duration.ofNanos(System.nanoTime() - begin))));
        }
    }

    /** The slowest node's median time for one trivial query sent straight to its {@code /sparql}. */
    private Duration slowestRoundTrip(Network network) {
        Duration slowest = Duration.ZERO;
        for (String name : network.names()) {
            Samples samples = new Samples();
            for (int i = 0; i < 5; i++) {
                samples.add(http.post(network.sparql(name), ROUND_TRIP_PROBE).elapsed(), 1, 1);
            }
            slowest = samples.median().compareTo(slowest) > 0 ? samples.median() : slowest;
        }
        return slowest;
    }

    private static String join(List<Integer> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    private static long requests(Network network) {
        return network.names().stream().mapToLong(n -> network.proxy(n).requests().size()).sum();
    }

    /** The requests the nodes received once no new one has arrived for 300 ms: late ones belong to the engine just measured. */
    private static long quietRequests(Network network) {
        long seen = requests(network);
        while (true) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return seen;
            }
            long now = requests(network);
            if (now == seen) {
                return now;
            }
            seen = now;
        }
    }

    private static long millis(Duration d) {
        return Math.round(d.toNanos() / 1e6);
    }

    private static List<Integer> ints(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    /** Latencies, request counts and row counts of the measured runs of one query on one engine. */
    private static final class Samples {
        private final List<Duration> latencies = new ArrayList<>();
        private final List<Long> requests = new ArrayList<>();
        private final List<Integer> rows = new ArrayList<>();

        void add(Duration latency, long requestCount, int rowCount) {
            latencies.add(latency);
            requests.add(requestCount);
            rows.add(rowCount);
        }

        Duration median() {
            return percentile(0.5);
        }

        Duration p95() {
            return percentile(0.95);
        }

        long medianRequests() {
            if (requests.isEmpty()) {
                return 0;
            }
            List<Long> sorted = requests.stream().sorted().toList();
            return sorted.get((sorted.size() - 1) / 2);
        }

        /** The row count, or every distinct row count when runs disagree (negative: HTTP status or error). */
        String rows() {
            if (rows.isEmpty()) {
                return "-";
            }
            List<Integer> distinct = rows.stream().distinct().toList();
            return distinct.size() == 1 ? String.valueOf(distinct.get(0)) : distinct.toString();
        }

        private Duration percentile(double p) {
            if (latencies.isEmpty()) {
                return Duration.ZERO;
            }
            List<Duration> sorted = latencies.stream().sorted().toList();
            return sorted.get((int) Math.ceil(p * sorted.size()) - 1);
        }
    }
}
