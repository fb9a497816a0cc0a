package org.w3id.cailloux.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Cailloux node run as a child JVM ({@code org.w3id.cailloux.node.Application}) with its embedded
 * PostgreSQL, configured through the environment as an operator would; sample data off.
 */
public final class NodeProcess {

    private final Builder settings;
    private final Readiness readiness;
    private ChildJvm jvm;

    private NodeProcess(Builder settings) {
        this.settings = settings;
        this.readiness = new Readiness(settings.http);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The times from process start to {@code /health} answering UP, and to the node being ready: the
     * launcher printed its welcome, i.e. the start-up listeners (query index synchronisation) are done.
     */
    public record StartupTimes(Duration healthUp, Duration ready) {}

    /** Starts the node and waits until it is ready. */
    public StartupTimes start() {
        jvm = ChildJvm.builder()
                .main(settings.classpath, "org.w3id.cailloux.node.Application")
                .jvmOptions(settings.jvmOptions)
                .env("MICRONAUT_SERVER_PORT", Integer.toString(settings.port))
                .env("CAILLOUX_DATA_DIR", settings.dataDir.toAbsolutePath().toString())
                .env("CAILLOUX_SAMPLE_DATA", "none")
                .env("CAILLOUX_ADMIN_PASSWORD", settings.adminPassword)
                .env("CAILLOUX_BASE_URI", settings.base)
                // Engine against engine: Fuseki keeps no answers, so the node's answer cache is off here (the
                // query mix repeats each query; cached, the node would answer from memory)
                .env("CAILLOUX_SPARQL_ANSWER_CACHE_BYTES", "0")
                .log(settings.log)
                .build();
        long logOffset = logSize();
        long started = System.nanoTime();
        jvm.start();
        readiness.await(url().resolve("/health"), body -> body.contains("\"status\":\"UP\""), Duration.ofMinutes(3), jvm);
        Duration healthUp = Duration.ofNanos(System.nanoTime() - started);
        // /health answers UP as soon as Netty listens, before the ServerStartupEvent listeners (index
        // synchronisation) have run: the welcome line comes after them
        readiness.awaitLog(settings.log, logOffset, "Cailloux node running at", Duration.ofMinutes(10), jvm);
        return new StartupTimes(healthUp, Duration.ofNanos(System.nanoTime() - started));
    }

    private long logSize() {
        try {
            return Files.exists(settings.log) ? Files.size(settings.log) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Where the node listens. */
    public URI url() {
        return URI.create("http://localhost:" + settings.port + "/");
    }

    /** Resident memory of the node's JVM, in bytes. */
    public long jvmRss() {
        return ProcessMemory.rss(jvm.pid());
    }

    /** The node JVM's resident memory split: anonymous (heap...) and file-backed (TDB2's mapped files, jars), in bytes. */
    public long[] jvmRssSplit() {
        return new long[] {ProcessMemory.rssAnonymous(jvm.pid()), ProcessMemory.rssFile(jvm.pid())};
    }

    /** Proportional memory of the node's embedded PostgreSQL processes, in bytes. */
    public long postgresPss() {
        return ProcessMemory.postgresPss(settings.dataDir.resolve("postgres"));
    }

    /** Stops the node (SIGTERM: its shutdown hook stops PostgreSQL); kills it after 20 s. Returns false if it had to be killed. */
    public boolean stop() {
        return jvm == null || jvm.stop(20);
    }

    /** Settings of a node process. */
    public static final class Builder {
        private String classpath;
        private Path dataDir;
        private int port;
        private String adminPassword;
        private String base;
        private final List<String> jvmOptions = new ArrayList<>();
        private Path log;
        private HttpClient http;

        private Builder() {}

        /** The node's runtime classpath. */
        public Builder classpath(String classpath) {
            this.classpath = classpath;
            return this;
        }

        /** CAILLOUX_DATA_DIR: PostgreSQL and the query index live here. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** The HTTP port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The password of the account {@code admin}, created at the first start. */
        public Builder adminPassword(String adminPassword) {
            this.adminPassword = adminPassword;
            return this;
        }

        /** The base of the node's IRIs, so that they do not depend on the port. */
        public Builder base(String base) {
            this.base = base;
            return this;
        }

        /** Options of the node's JVM. */
        public Builder jvmOptions(List<String> options) {
            jvmOptions.addAll(options);
            return this;
        }

        /** The node's log file. */
        public Builder log(Path log) {
            this.log = log;
            return this;
        }

        /** The client used to poll {@code /health}. */
        public Builder http(HttpClient http) {
            this.http = http;
            return this;
        }

        /** The node process, not yet started; it may be started again after a stop. */
        public NodeProcess build() {
            Builder copy = new Builder();
            copy.classpath = classpath;
            copy.dataDir = dataDir;
            copy.port = port;
            copy.adminPassword = adminPassword;
            copy.base = base;
            copy.jvmOptions.addAll(jvmOptions);
            copy.log = log;
            copy.http = http;
            return new NodeProcess(copy);
        }
    }
}
