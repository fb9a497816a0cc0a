package org.w3id.cailloux.federation.bench;

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
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3id.cailloux.node.CaillouxNode;

/**
 * The load suite (an entry point, not a test): a node of {@code bench.experiments} (10,000) generated experiments with
 * a peer of a tenth of that, and {@code bench.clients} (50) clients for {@code bench.seconds} (60) s, each mixing
 * creates, updates with the right If-Match, updates with a stale one, deletes, experiment pages, searches, SPARQL and
 * federated queries. Afterwards every acknowledged write is checked through the API and SPARQL, and every refused
 * write is checked to have changed nothing. Prints a Markdown table (per operation: count, p50, p99, 5xx).
 */
public final class LoadSuite {

    private static final String PASSWORD = "load-suite-password-long-enough";
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final List<String> OPERATIONS = List.of("create", "update", "stale update", "delete", "page", "search", "sparql",
            "federated", "list");
    private static final int[] WEIGHTS = {20, 15, 5, 5, 15, 10, 15, 10, 5};

    private final int experiments = Integer.getInteger("bench.experiments", 10_000);
    private final int clients = Integer.getInteger("bench.clients", 50);
    private final int seconds = Integer.getInteger("bench.seconds", 60);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> serverErrors = new ConcurrentHashMap<>();
    private final List<String> errorBodies = new CopyOnWriteArrayList<>();
    /** Each acknowledged slug's last acknowledged title and ETag, or null once its deletion was acknowledged. */
    private final Map<String, String[]> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger refusedStale = new AtomicInteger();
    private String base;

    /** Runs the suite and prints its table. */
    public static void main(String[] args) throws Exception {
        System.out.println(new LoadSuite().run());
        System.exit(0);
    }

    private String run() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "load-suite-");
        ExperimentGenerator generator = new ExperimentGenerator(42);
        String peerBase = "http://localhost:18961/";
        String nodeBase = "http://localhost:18960/";
        Path peerData = work.resolve("peer.ttl");
        Files.writeString(peerData, generator.node(1, 2, experiments / 10).replace(ExperimentGenerator.placeholder(1), peerBase)
                .replace(ExperimentGenerator.placeholder(0), nodeBase));
        Path nodeData = work.resolve("node.ttl");
        Files.writeString(nodeData, generator.node(0, 2, experiments).replace(ExperimentGenerator.placeholder(0), nodeBase)
                .replace(ExperimentGenerator.placeholder(1), peerBase));
        try (CaillouxNode peer = CaillouxNode.builder().port(18961).dataDir(work.resolve("peer"))
                .property("cailloux.sample-data", peerData.toAbsolutePath().toString()).property("cailloux.base-uri", peerBase)
                .property("cailloux.city", "Ville-Pair").property("cailloux.admin-password", PASSWORD).build().start();
             CaillouxNode node = CaillouxNode.builder().port(18960).dataDir(work.resolve("node"))
                     .property("cailloux.sample-data", nodeData.toAbsolutePath().toString()).property("cailloux.base-uri", nodeBase)
                     .property("cailloux.peers.pair.url", peerBase).property("cailloux.admin-password", PASSWORD).build().start()) {
            base = node.url().toString();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> client(client, end));
            }
            pool.shutdown();
            if (!pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
                throw new IllegalStateException("clients still running");
            }
            String checked = verify();
            return table(checked);
        }
    }

    private Void client(int client, long end) {
        Random random = new Random(client);
        List<String> mine = new ArrayList<>();
        int n = 0;
        while (System.nanoTime() < end) {
            String op = pick(random);
            try {
                switch (op) {
                    case "create" -> {
                        String slug = "charge-" + client + "-" + n++;
                        HttpResponse<String> r = timed(op, write("POST", "/api/experiments", json(slug, "Créée " + slug), null));
                        if (r.statusCode() == 201) {
                            acknowledged.put(slug, new String[] {"Créée " + slug, r.headers().firstValue("ETag").orElseThrow()});
                            mine.add(slug);
                        }
                    }
                    case "update", "stale update" -> {
                        String slug = live(mine, random);
                        if (slug == null) {
                            continue;
                        }
                        boolean stale = op.equals("stale update");
                        String title = (stale ? "PERIMEE " : "Modifiée ") + slug + " " + n++;
                        String etag = stale ? "\"" + slug + "-r0\"" : acknowledged.get(slug)[1];
                        HttpResponse<String> r = timed(op, write("PUT", "/api/experiments/" + slug, json(slug, title), etag));
                        if (r.statusCode() == 200) {
                            acknowledged.put(slug, new String[] {title, r.headers().firstValue("ETag").orElseThrow()});
                        } else if (stale && r.statusCode() == 412) {
                            refusedStale.incrementAndGet();
                        }
                    }
                    case "delete" -> {
                        String slug = live(mine, random);
                        if (slug == null) {
                            continue;
                        }
                        HttpResponse<String> r = timed(op, write("DELETE", "/api/experiments/" + slug, null, acknowledged.get(slug)[1]));
                        if (r.statusCode() == 200) {
                            acknowledged.put(slug, new String[] {null, null});
                        }
                    }
                    case "page" -> timed(op, request("/experiments/x0-" + random.nextInt(experiments), "text/html"));
                    case "search" -> timed(op, request("/search?q=" + List.of("energie", "jardin", "mobilite", "culture").get(random.nextInt(4)), "text/html"));
                    case "sparql" -> timed(op, request("/sparql?query=" + encode("SELECT ?s (COUNT(?e) AS ?n) { ?e <http://www.w3.org/ns/adms#status> ?s }"
                            + " GROUP BY ?s"), "application/sparql-results+json"));
                    case "federated" -> timed(op, request("/federation/sparql?query=" + encode("SELECT ?city (COUNT(?e) AS ?n) { GRAPH ?city { ?e a"
                            + " <https://w3id.org/cailloux/ns#Experiment> } } GROUP BY ?city"), "application/sparql-results+json"));
                    case "list" -> timed(op, request("/api/experiments?size=20&page=" + random.nextInt(50), "application/json"));
                    default -> throw new IllegalStateException(op);
                }
            } catch (Exception e) {
                serverErrors.computeIfAbsent(op, k -> new AtomicInteger()).incrementAndGet();
                errorBodies.add(op + ": " + e);
            }
        }
        return null;
    }

    /** Checks every acknowledged write through the API and SPARQL, and that no refused (stale) update left a trace. */
    private String verify() throws Exception {
        int present = 0;
        int gone = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String[]> e : acknowledged.entrySet()) {
            HttpResponse<String> r = fetch("/api/experiments/" + e.getKey(), "application/json");
            String title = e.getValue()[0];
            if (title == null) {
                if (r.statusCode() == 410) {
                    gone++;
                } else {
                    wrong.add(e.getKey() + " deleted but " + r.statusCode());
                }
            } else if (r.statusCode() == 200 && r.body().contains(title)) {
                present++;
            } else {
                wrong.add(e.getKey() + " should read '" + title + "': " + r.statusCode());
            }
        }
        long published = acknowledged.values().stream().filter(v -> v[0] != null).count();
        String count = fetch("/sparql?query=" + encode("SELECT (COUNT(?e) AS ?n) { ?e a <https://w3id.org/cailloux/ns#Experiment>"
                + " FILTER(STRSTARTS(STR(?e), \"" + base + "/experiments/charge-\")) }"), "text/csv").body().lines().skip(1).findFirst().orElse("");
        String stale = fetch("/sparql?query=" + encode("ASK { ?e <http://purl.org/dc/terms/title> ?t FILTER(STRSTARTS(?t, \"PERIMEE\")) }"),
                "text/csv").body();
        if (!count.strip().equals(Long.toString(published))) {
            wrong.add("SPARQL counts " + count.strip() + " written experiments, " + published + " acknowledged");
        }
        if (stale.contains("true")) {
            wrong.add("a refused stale update's title is in the data");
        }
        return String.format(Locale.ROOT, "Checked afterwards: %d acknowledged writes present with their last acknowledged title,"
                + " %d acknowledged deletions gone (410), SPARQL counts %s written experiments (%d acknowledged), %d stale updates refused"
                + " (412) and none of their titles in the data; %d discrepancies%s.", present, gone, count.strip(), published,
                refusedStale.get(), wrong.size(), wrong.isEmpty() ? "" : ": " + wrong.subList(0, Math.min(10, wrong.size())));
    }

    private String table(String checked) {
        StringBuilder t = new StringBuilder("Load suite, " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + Runtime.version() + "; a node of " + experiments + " generated experiments and a peer of " + experiments / 10
                + ", in one JVM; " + clients + " clients for " + seconds + " s.\n\n| operation | count | p50 (ms) | p99 (ms) | 5xx |\n|---|---:|---:|---:|---:|\n");
        for (String op : OPERATIONS) {
            List<Double> values = new ArrayList<>(latencies.getOrDefault(op, List.of()));
            Collections.sort(values);
            t.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %d |%n", op, values.size(),
                    values.isEmpty() ? "—" : String.format(Locale.ROOT, "%.0f", values.get(values.size() / 2)),
                    values.isEmpty() ? "—" : String.format(Locale.ROOT, "%.0f", values.get(Math.min(values.size() - 1, (int) Math.ceil(values.size() * 0.99) - 1))),
                    serverErrors.getOrDefault(op, new AtomicInteger()).get()));
        }
        t.append('\n').append(checked).append('\n');
        if (!errorBodies.isEmpty()) {
            t.append("\nFirst errors: ").append(errorBodies.subList(0, Math.min(5, errorBodies.size()))).append('\n');
        }
        return t.toString();
    }

    private HttpResponse<String> timed(String op, HttpRequest request) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        latencies.computeIfAbsent(op, k -> Collections.synchronizedList(new ArrayList<>())).add((System.nanoTime() - t) / 1e6);
        if (response.statusCode() >= 500) {
            serverErrors.computeIfAbsent(op, k -> new AtomicInteger()).incrementAndGet();
            errorBodies.add(op + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private HttpRequest write(String method, String path, String body, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).header("Authorization", AUTH)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return b.build();
    }

    private HttpRequest request(String path, String accept) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).header("Accept", accept).GET().build();
    }

    private HttpResponse<String> fetch(String path, String accept) throws Exception {
        return http.send(request(path, accept), HttpResponse.BodyHandlers.ofString());
    }

    private String live(List<String> mine, Random random) {
        List<String> alive = mine.stream().filter(s -> acknowledged.containsKey(s) && acknowledged.get(s)[0] != null).toList();
        return alive.isEmpty() ? null : alive.get(random.nextInt(alive.size()));
    }

    private static String pick(Random random) {
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < WEIGHTS.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) {
                return OPERATIONS.get(i);
            }
        }
        throw new IllegalStateException();
    }

    private static String json(String slug, String title) {
        return """
                {"slug": "%s", "title": {"fr": "%s"}, "summary": {"fr": "Écrite par la suite de charge."},
                 "status": "running", "pillars": ["citizen-involvement"], "themes": ["culture"]}""".formatted(slug, title);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
