package org.w3id.cailloux.federation.bench;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.w3id.cailloux.federation.TcpProxy;
import org.w3id.cailloux.node.CaillouxNode;
import org.w3id.cailloux.node.curation.change.Change;
import org.w3id.cailloux.node.curation.change.ChangeReader;
import org.w3id.cailloux.node.curation.review.Finding;
import org.w3id.cailloux.node.curation.review.Reviewer;
import org.w3id.cailloux.node.curation.usage.ConceptUsage;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/**
 * The curation benchmark (an entry point, not a test), one hub and {@code bench.nodes} (10) city nodes of generated
 * experiments in one JVM, each city behind a proxy that adds {@code bench.latency} (20) ms to every request:
 * <ol>
 *   <li>from a release (the coordinator's POST) to every node running it, as their {@code /health} says (polled every 5 ms), on loopback;</li>
 *   <li>the checks of the full vocabulary plus one change (what a proposal's review runs), in process, and a proposal's review over HTTP;</li>
 *   <li>a concept's usage across the nodes at the injected latency, against one round trip to one node (the floor).</li>
 * </ol>
 * Prints a Markdown table. Settings: {@code bench.nodes}, {@code bench.latency}, {@code bench.experiments} (200 a node),
 * {@code bench.runs} (10).
 */
public final class CurationBench {

    private static final String PASSWORD = "bench-password-long-enough";
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final int nodes = Integer.getInteger("bench.nodes", 10);
    private final int latency = Integer.getInteger("bench.latency", 20);
    private final int experiments = Integer.getInteger("bench.experiments", 200);
    private final int runs = Integer.getInteger("bench.runs", 10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<CaillouxNode> started = new ArrayList<>();
    private final List<TcpProxy> proxies = new ArrayList<>();

    /** Runs the benchmark and prints its table. */
    public static void main(String[] args) throws Exception {
        CurationBench bench = new CurationBench();
        try {
            System.out.println(bench.run());
        } finally {
            bench.close();
        }
        System.exit(0);
    }

    private String run() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "curation-bench-");
        for (int k = 0; k < nodes; k++) {
            proxies.add(TcpProxy.start());
        }
        CaillouxNode.Builder hubBuilder = CaillouxNode.builder().port(0).dataDir(work.resolve("hub"))
                .property("cailloux.vocabulary.hub", "true").property("cailloux.sample-data", "none")
                .property("cailloux.city", "Réseau (hub)").property("cailloux.admin-password", PASSWORD);
        for (int k = 0; k < nodes; k++) {
            hubBuilder.property("cailloux.peers.n" + k + ".url", proxies.get(k).baseUrl());
        }
        CaillouxNode hub = start(hubBuilder);
        String hubUrl = hub.url() + "/";
        ExperimentGenerator generator = new ExperimentGenerator(42);
        for (int k = 0; k < nodes; k++) {
            String ttl = generator.node(k, nodes, experiments);
            for (int j = 0; j < nodes; j++) {
                ttl = ttl.replace(ExperimentGenerator.placeholder(j), proxies.get(j).baseUrl());
            }
            Path file = work.resolve("n" + k + ".ttl");
            Files.writeString(file, ttl);
            CaillouxNode node = start(CaillouxNode.builder().port(0).dataDir(work.resolve("n" + k))
                    .property("cailloux.sample-data", file.toAbsolutePath().toString())
                    .property("cailloux.base-uri", proxies.get(k).baseUrl()).property("cailloux.city", "Ville-Exemple-N" + k)
                    .property("cailloux.admin-password", PASSWORD).property("cailloux.vocabulary.hub-url", hubUrl));
            proxies.get(k).target(node.url().getPort());
        }
        account(hub, "alice", "editor");
        account(hub, "cora", "coordinator");
        StringBuilder table = new StringBuilder();
        table.append("Curation benchmark, ").append(LocalDate.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(Runtime.version()).append("; a hub and ").append(nodes).append(" city nodes of ")
                .append(experiments).append(" generated experiments each, in one JVM; ").append(runs).append(" runs.\n\n")
                .append("| measure | median | p95 | max | target |\n|---|---|---|---|---|\n");
        releases(hub, table);
        checks(hub, table);
        usage(hub, table);
        return table.toString();
    }

    /** From the coordinator's release to every node running it. */
    private void releases(CaillouxNode hub, StringBuilder table) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            String slug = "bench-concept-" + r;
            HttpResponse<String> made = send(hub, "alice", "POST", "/vocabulary/proposals", "{\"kind\": \"new-concept\", \"scheme\": \"themes\","
                    + " \"slug\": \"" + slug + "\", \"prefLabel\": {\"fr\": \"concept " + r + "\", \"en\": \"concept " + r + "\"},"
                    + " \"definition\": {\"fr\": \"Un concept du banc d'essai.\", \"en\": \"A benchmark concept.\"}, \"rationale\": \"banc d'essai\"}");
            check(made, 201);
            long id = ((Number) json(made).get("id")).longValue();
            check(send(hub, "cora", "POST", "/vocabulary/proposals/" + id + "/decision", "{\"decision\": \"accepted\"}"), 200);
            long sent = System.nanoTime();
            HttpResponse<String> released = send(hub, "cora", "POST", "/vocabulary/releases", "{}");
            check(released, 201);
            String version = String.valueOf(json(released).get("version"));
            List<CaillouxNode> waiting = new ArrayList<>(started.subList(1, started.size()));
            while (!waiting.isEmpty()) {
                waiting.removeIf(n -> version.equals(health(n)));
                if (System.nanoTime() - sent > Duration.ofSeconds(60).toNanos()) {
                    throw new IllegalStateException(waiting.size() + " node(s) not running " + version + " after 60 s");
                }
                Thread.sleep(5);
            }
            times.add((System.nanoTime() - sent) / 1e6);
        }
        row(table, "release → all " + nodes + " nodes running it (ms)", times, "≤ 5,000");
    }

    /** The checks of the full vocabulary plus one change, in process, and a proposal's review over HTTP. */
    private void checks(CaillouxNode hub, StringBuilder table) throws Exception {
        Reviewer reviewer = hub.context().getBean(Reviewer.class);
        Graph vocabulary = TransitionVocabulary.load().graph();
        Map<String, Object> body = JSON.readValue("{\"kind\": \"new-concept\", \"scheme\": \"themes\", \"slug\": \"water\","
                + " \"prefLabel\": {\"fr\": \"eau\", \"en\": \"water\"}, \"definition\": {\"fr\": \"L'eau.\", \"en\": \"Water.\"},"
                + " \"broader\": [\"https://w3id.org/cailloux/scheme/themes/biodiversity\"]}", Argument.mapOf(String.class, Object.class));
        List<Finding> before = reviewer.check(vocabulary, Map.of());
        for (int i = 0; i < 50; i++) {
            reviewer.review(vocabulary, before, ChangeReader.read(body, vocabulary), Map.of());
        }
        List<Double> inProcess = new ArrayList<>();
        for (int i = 0; i < Math.max(runs, 50); i++) {
            long t = System.nanoTime();
            Change change = ChangeReader.read(body, vocabulary);
            reviewer.review(vocabulary, before, change, Map.of());
            inProcess.add((System.nanoTime() - t) / 1e6);
        }
        row(table, "checks: full vocabulary + one change, in process (ms)", inProcess, "≤ 200");
        long id = ((Number) json(send(hub, "alice", "POST", "/vocabulary/proposals", "{\"kind\": \"change-texts\", \"concept\":"
                + " \"https://w3id.org/cailloux/scheme/themes/culture\", \"scopeNote\": {\"fr\": \"Une note.\", \"en\": \"A note.\"},"
                + " \"rationale\": \"banc d'essai\"}")).get("id")).longValue();
        List<Double> overHttp = new ArrayList<>();
        for (int i = 0; i < Math.max(runs, 20); i++) {
            long t = System.nanoTime();
            check(send(hub, null, "GET", "/vocabulary/proposals/" + id, null), 200);
            overHttp.add((System.nanoTime() - t) / 1e6);
        }
        row(table, "a proposal's review (JSON) over HTTP (ms)", overHttp, "—");
    }

    /** A concept's usage across the nodes, a concept not asked before each time, against one round trip. */
    private void usage(CaillouxNode hub, StringBuilder table) throws Exception {
        proxies.forEach(p -> p.delay(latency));
        List<String> concepts = List.of("energy-transition", "renewable-energy", "energy-efficiency", "food-system", "organic-food",
                "sustainable-agriculture", "biodiversity", "eco-construction", "social-action", "employment-and-inclusion",
                "economic-development", "local-democracy", "culture", "heritage-and-memory", "mobility", "public-organisation");
        check(send(hub, null, "GET", "/vocabulary/scheme/themes/" + concepts.get(0), null), 200); // VoID summaries, feeds
        List<Double> times = new ArrayList<>();
        List<Double> requests = new ArrayList<>();
        for (int i = 1; i < concepts.size() && times.size() < runs; i++) {
            proxies.forEach(TcpProxy::resetCounts);
            long t = System.nanoTime();
            HttpResponse<String> page = send(hub, null, "GET", "/vocabulary/scheme/themes/" + concepts.get(i), null);
            times.add((System.nanoTime() - t) / 1e6);
            check(page, 200);
            requests.add((double) proxies.stream().mapToLong(p -> p.requestsTo("/sparql")).sum());
        }
        List<Double> roundTrip = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            http.send(HttpRequest.newBuilder(URI.create(proxies.get(0).baseUrl() + "sparql?query=ASK%7B%7D"))
                    .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.discarding());
            roundTrip.add((System.nanoTime() - t) / 1e6);
        }
        row(table, "one round trip to one node at " + latency + " ms (ms, the floor)", roundTrip, "—");
        row(table, "one node's own part of a usage question, on its /sparql without delay (ms)", nodePart(hub, concepts), "—");
        row(table, "a concept's usage across " + nodes + " nodes at " + latency + " ms (ms)", times, "one round trip + the nodes' own parts (" + nodes + " nodes on " + Runtime.getRuntime().availableProcessors() + " shared cores here)");
        row(table, "requests to the nodes per usage question", requests, "≤ " + nodes);
    }

    /** What the first city's node spends on its part of usage questions: the request the hub sends it, sent directly, a concept not asked before each time. */
    @SuppressWarnings("unchecked")
    private List<Double> nodePart(CaillouxNode hub, List<String> concepts) throws Exception {
        CaillouxNode first = started.get(1);
        List<Double> times = new ArrayList<>();
        for (String concept : concepts) {
            String usage = ConceptUsage.query("https://w3id.org/cailloux/scheme/themes/" + concept) + " # part";
            Map<String, Object> explain = json(send(hub, null, "GET", "/federation/explain?query=" + URLEncoder.encode(usage, StandardCharsets.UTF_8), null));
            List<Map<String, Object>> requests = (List<Map<String, Object>>) ((Map<String, Object>) explain.get("phases")).get("exclusiveGroups");
            String part = requests.stream().filter(r -> Boolean.TRUE.equals(r.get("aggregate")) && r.get("node").equals(proxies.getFirst().baseUrl()))
                    .map(r -> (String) r.get("query")).findFirst().orElseThrow(() -> new IllegalStateException("the usage question is not pushed down"));
            long t = System.nanoTime();
            check(send(first, null, "GET", "/sparql?query=" + URLEncoder.encode(part, StandardCharsets.UTF_8), null), 200);
            times.add((System.nanoTime() - t) / 1e6);
        }
        return times;
    }

    private static void row(StringBuilder table, String name, List<Double> values, String target) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        table.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %s |%n", name, median, p95, sorted.get(sorted.size() - 1), target));
    }

    private CaillouxNode start(CaillouxNode.Builder builder) {
        CaillouxNode node = builder.build().start();
        started.add(node);
        return node;
    }

    private void account(CaillouxNode hub, String user, String role) throws Exception {
        check(send(hub, "admin", "POST", "/api/staff", "{\"username\": \"" + user + "\", \"password\": \"" + PASSWORD + "\", \"role\": \"" + role + "\"}"), 201);
    }

    private String health(CaillouxNode node) {
        try {
            return String.valueOf(json(send(node, null, "GET", "/health", null)).get("vocabularyVersion"));
        } catch (Exception e) {
            return null;
        }
    }

    private HttpResponse<String> send(CaillouxNode node, String user, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> json(HttpResponse<String> response) throws IOException {
        return JSON.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    private static void check(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
    }

    private void close() {
        started.reversed().forEach(CaillouxNode::close);
        proxies.forEach(TcpProxy::close);
    }
}
