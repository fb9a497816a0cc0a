package org.w3id.cailloux.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.w3id.cailloux.node.CaillouxNode;

/**
 * Several real nodes in one JVM, each with its own port, database and data, each behind its own
 * {@link TcpProxy}, plus a federating node whose peers are those proxies. A node's IRI (and base
 * URI) is its proxy's URL, so that seed files and expected answers can name other nodes through
 * the placeholders {@code {{A}}}, {@code {{B}}}... and every request a peer receives is counted.
 */
public final class Network implements AutoCloseable {

    /** The password of the {@code admin} account on every node of a test network. */
    public static final String ADMIN_PASSWORD = "federation-tests-admin";

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, Object> federatorProperties;
    private final Map<String, Object> nodeProperties;
    private final Path workDir;
    private CaillouxNode federator;
    private Path federatorDir;
    private CaillouxNode directory;
    private Path directoryDir;

    private record Member(String name, Seed seed, TcpProxy proxy, CaillouxNode node, Path dataDir) {}

    private Network(Map<String, Object> federatorProperties, Map<String, Object> nodeProperties, Path workDir) {
        this.federatorProperties = federatorProperties;
        this.nodeProperties = nodeProperties;
        this.workDir = workDir;
    }

    /** A network to describe, then {@link Builder#start()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The node IRI (and base URL, through its proxy) of the named node, ending with a slash. */
    public String iri(String name) {
        return member(name).proxy().baseUrl();
    }

    /** The SPARQL endpoint of the named node, through its proxy. */
    public String sparql(String name) {
        return iri(name) + "sparql";
    }

    /** The proxy in front of the named node. */
    public TcpProxy proxy(String name) {
        return member(name).proxy();
    }

    /** The named data node. */
    public CaillouxNode node(String name) {
        return member(name).node();
    }

    /** The names of the data nodes, in the order they were added. */
    public List<String> names() {
        return List.copyOf(members.keySet());
    }

    /** The federating node, whose peers are the data nodes. */
    public CaillouxNode federator() {
        return federator;
    }

    /** The network's directory node, where nodes register and an admin approves them; null without one. */
    public CaillouxNode directory() {
        return directory;
    }

    /** The federated endpoint, {@code /federation/sparql} of the federating node. */
    public String federation() {
        return base(federator) + "federation/sparql";
    }

    /** Replaces the placeholders {@code {{A}}}, {@code {{B}}}... by the nodes' IRIs. */
    public String substitute(String text) {
        String result = text;
        for (String name : members.keySet()) {
            result = result.replace(placeholder(name), iri(name));
        }
        return result;
    }

    /** Replaces the nodes' IRIs by their placeholders, so that an answer can be kept in a file. */
    public String generalise(String text) {
        String result = text;
        for (String name : members.keySet()) {
            result = result.replace(iri(name), placeholder(name));
        }
        return result;
    }

    /** Forgets the requests every proxy received so far. */
    public void resetCounts() {
        members.values().forEach(m -> m.proxy().resetCounts());
    }

    /** The SPARQL requests each node received since the last {@link #resetCounts()}. */
    public Map<String, Long> sparqlRequests() {
        Map<String, Long> counts = new LinkedHashMap<>();
        members.forEach((name, m) -> counts.put(name, m.proxy().requestsTo("/sparql")));
        return counts;
    }

    /** The oracle: one in-memory Jena dataset with every data node's published data. */
    public Oracle oracle() {
        return oracle(names());
    }

    /** The oracle over these nodes only (the others' data left out, as when they fail). */
    public Oracle oracle(List<String> names) {
        Oracle.Builder oracle = Oracle.builder();
        for (String name : names) {
            oracle.node(iri(name), base(node(name)) + "sparql");
        }
        return oracle.build();
    }

    /** Starts one more data node, behind its own proxy; the federating node is not told of it. */
    public String addNode(String name, Seed seed) {
        TcpProxy proxy = TcpProxy.start();
        Map<String, String> placeholders = new LinkedHashMap<>();
        members.forEach((n, m) -> placeholders.put(placeholder(n), m.proxy().baseUrl()));
        placeholders.put(placeholder(name), proxy.baseUrl());
        Map<String, Object> properties = new LinkedHashMap<>(nodeProperties);
        if (directory != null) {
            // the new node registers with the directory when it starts
            properties.put("cailloux.directory", base(directory));
        }
        Member member = startMember(name, seed, proxy, placeholders, workDir, properties);
        members.put(name, member);
        return iri(name);
    }

    /** Restarts the federating node with every data node as a peer (a configuration change). */
    public void restartFederator() {
        closeFederator();
        federator = startFederator();
    }

    @Override
    public void close() {
        closeFederator();
        // nodes stop in parallel: each waits for its own PostgreSQL to shut down
        List<Thread> stopping = new ArrayList<>();
        for (Member m : members.values()) {
            m.proxy().close();
            stopping.add(Thread.ofVirtual().start(() -> {
                m.node().close();
                delete(m.dataDir());
            }));
        }
        for (Thread t : stopping) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (directory != null) {
            directory.close();
            delete(directoryDir);
        }
        delete(workDir);
    }

    private void closeFederator() {
        if (federator != null) {
            federator.close();
            delete(federatorDir);
            federator = null;
        }
    }

    private Member member(String name) {
        Member m = members.get(name);
        if (m == null) {
            throw new IllegalArgumentException("No node " + name + " in this network: " + members.keySet());
        }
        return m;
    }

    private void startDirectory() {
        directoryDir = tempDir("directory-");
        directory = CaillouxNode.builder().port(0).dataDir(directoryDir)
                .property("cailloux.sample-data", "none")
                .property("cailloux.city", "Annuaire du réseau d'exemple (données d'exemple)")
                .property("cailloux.directory-mode", "true")
                .property("cailloux.admin-password", ADMIN_PASSWORD)
                .build().start();
    }

    private CaillouxNode startFederator() {
        federatorDir = tempDir("federator-");
        CaillouxNode.Builder builder = CaillouxNode.builder().port(0).dataDir(federatorDir)
                .property("cailloux.sample-data", "none")
                .property("cailloux.city", "Réseau d'exemple (données d'exemple)")
                .property("cailloux.admin-password", ADMIN_PASSWORD);
        members.forEach((name, m) -> builder.property("cailloux.peers." + name + ".url", m.proxy().baseUrl()));
        if (directory != null) {
            builder.property("cailloux.directory", base(directory)).property("cailloux.directory-refresh", "500ms");
        }
        federatorProperties.forEach(builder::property);
        return builder.build().start();
    }

    private static Member startMember(String name, Seed seed, TcpProxy proxy, Map<String, String> placeholders, Path workDir,
                                      Map<String, Object> properties) {
        Path dataDir = tempDir("node-" + name + "-");
        String sampleData = seed.materialise(name, placeholders, workDir);
        CaillouxNode.Builder builder = CaillouxNode.builder().port(0).dataDir(dataDir)
                .property("cailloux.sample-data", sampleData)
                .property("cailloux.base-uri", proxy.baseUrl())
                .property("cailloux.city", seed.city(name))
                .property("cailloux.admin-password", ADMIN_PASSWORD);
        properties.forEach(builder::property);
        CaillouxNode node = builder.build().start();
        proxy.target(node.url().getPort());
        return new Member(name, seed, proxy, node, dataDir);
    }

    static String placeholder(String name) {
        return "{{" + name.toUpperCase() + "}}";
    }

    static String base(CaillouxNode node) {
        String url = node.url().toString();
        return url.endsWith("/") ? url : url + "/";
    }

    private static Path tempDir(String prefix) {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory under target/ is harmless
        }
    }

    /** What a network is made of; the nodes start together, in parallel. */
    public static final class Builder {
        private final Map<String, Seed> seeds = new LinkedHashMap<>();
        private final Map<String, Object> federatorProperties = new LinkedHashMap<>();
        private final Map<String, Object> nodeProperties = new LinkedHashMap<>();
        private boolean directory;

        private Builder() {}

        /** Adds a directory node: the federating node reads its approved nodes as peers. */
        public Builder directory() {
            this.directory = true;
            return this;
        }

        /** A configuration property of every data node, e.g. its SPARQL result limit. */
        public Builder nodeProperty(String name, Object value) {
            nodeProperties.put(name, value);
            return this;
        }

        /** A data node named {@code name} (its placeholder is {@code {{NAME}}}) seeded with {@code seed}. */
        public Builder node(String name, Seed seed) {
            seeds.put(name, seed);
            return this;
        }

        /** A configuration property of the federating node, e.g. its federation deadline. */
        public Builder federatorProperty(String name, Object value) {
            federatorProperties.put(name, value);
            return this;
        }

        /** Starts every data node, then the federating node. */
        public Network start() {
            Network network = new Network(Map.copyOf(federatorProperties), Map.copyOf(nodeProperties), tempDir("network-"));
            Map<String, TcpProxy> proxies = new LinkedHashMap<>();
            Map<String, String> placeholders = new LinkedHashMap<>();
            seeds.keySet().forEach(name -> {
                TcpProxy proxy = TcpProxy.start();
                proxies.put(name, proxy);
                placeholders.put(placeholder(name), proxy.baseUrl());
            });
            ExecutorService starter = Executors.newFixedThreadPool(Math.min(4, Math.max(1, seeds.size())));
            try {
                List<Future<Member>> started = new ArrayList<>();
                seeds.forEach((name, seed) -> started.add(starter.submit(
                        () -> startMember(name, seed, proxies.get(name), placeholders, network.workDir, network.nodeProperties))));
                for (Future<Member> f : started) {
                    Member m = f.get();
                    network.members.put(m.name(), m);
                }
                if (directory) {
                    network.startDirectory();
                }
                network.federator = network.startFederator();
                return network;
            } catch (InterruptedException | ExecutionException | RuntimeException e) {
                network.close();
                proxies.values().forEach(TcpProxy::close);
                throw new IllegalStateException("The network did not start: " + e.getMessage(), e);
            } finally {
                starter.shutdown();
            }
        }
    }
}
