package org.w3id.cailloux.node;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.w3id.cailloux.node.database.EmbeddedDatabase;

/**
 * One running node: its database (embedded PostgreSQL, or an external one) and its Micronaut HTTP
 * server. Several can run in one JVM, each on its own port and database, as the federation tests do.
 */
public final class CaillouxNode implements AutoCloseable {

    private final Builder settings;
    private EmbeddedDatabase database;
    private ApplicationContext context;
    private URI url;

    private CaillouxNode(Builder settings) {
        this.settings = settings;
    }

    /** A builder with the defaults: port 8080, data under {@code ./data}, embedded PostgreSQL. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts the database and, meanwhile, the server; returns this node, running. */
    public CaillouxNode start() {
        Map<String, Object> properties = new HashMap<>(settings.properties);
        properties.put("micronaut.server.port", settings.port);
        properties.put("cailloux.data-dir", settings.dataDir.toString());
        if (settings.embeddedDatabase) {
            database = EmbeddedDatabase.start(settings.dataDir.resolve("postgres"));
            properties.put("datasources.default.url", database.jdbcUrl());
            properties.put("datasources.default.username", EmbeddedDatabase.USER);
            properties.put("datasources.default.password", "");
        }
        try {
            Micronaut micronaut = Micronaut.build(settings.args)
                    .mainClass(Application.class)
                    .banner(false)
                    .properties(properties);
            if (database != null) {
                micronaut.singletons(database);
            }
            context = micronaut.start();
            url = context.getBean(EmbeddedServer.class).getURI();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The URL the node listens on, e.g. {@code http://localhost:8080}. */
    public URI url() {
        return url;
    }

    /** The node's application context, for tests that look inside. */
    public ApplicationContext context() {
        return context;
    }

    /** Prints where the node is and what to open first. */
    public void printWelcome(PrintStream out) {
        out.println();
        out.println("Cailloux node running at " + url);
        out.println("  vocabulary: " + url.resolve("/vocabulary"));
        out.println("  health:     " + url.resolve("/health"));
        out.println("Stop with Ctrl+C.");
    }

    /**
     * For the JVM's shutdown: waits (up to 30 s) for Micronaut's own shutdown hook to stop the
     * application, then stops the embedded database. Closing the context here as well would race
     * Micronaut's hook for the same locks.
     */
    public void closeAfterServerStops() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (context != null && context.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Override
    public void close() {
        if (context != null && context.isRunning()) {
            context.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** Settings of a node; immutable once the node is built. */
    public static final class Builder {
        private String[] args = new String[0];
        private int port = 8080;
        private Path dataDir = Path.of("data");
        private boolean embeddedDatabase = true;
        private final Map<String, Object> properties = new HashMap<>();

        private Builder() {}

        /** Command-line arguments, passed on to Micronaut. */
        public Builder args(String... args) {
            this.args = args.clone();
            return this;
        }

        /** The HTTP port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Where the embedded database keeps its files. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** Any further configuration property, e.g. {@code cailloux.base-uri}. */
        public Builder property(String name, Object value) {
            properties.put(name, value);
            return this;
        }

        /** Use this external PostgreSQL instead of the embedded one. */
        public Builder externalDatabase(String jdbcUrl, String username, String password) {
            embeddedDatabase = false;
            properties.put("datasources.default.url", jdbcUrl);
            properties.put("datasources.default.username", username);
            properties.put("datasources.default.password", password);
            return this;
        }

        /**
         * Reads the environment: {@code MICRONAUT_SERVER_PORT} or {@code PORT}, {@code CAILLOUX_DATA_DIR},
         * and {@code DATASOURCES_DEFAULT_URL} (with its {@code _USERNAME} and {@code _PASSWORD}),
         * which switches to an external PostgreSQL.
         */
        public Builder fromEnvironment() {
            String portValue = firstSet("MICRONAUT_SERVER_PORT", "PORT");
            if (portValue != null) {
                port = Integer.parseInt(portValue.strip());
            }
            String dir = firstSet("CAILLOUX_DATA_DIR");
            if (dir != null) {
                dataDir = Path.of(dir);
            }
            String jdbcUrl = firstSet("DATASOURCES_DEFAULT_URL");
            if (jdbcUrl != null) {
                // Micronaut reads the username and password from the environment itself
                embeddedDatabase = false;
            }
            return this;
        }

        /** The node, not yet started. */
        public CaillouxNode build() {
            Builder copy = new Builder();
            copy.args = args.clone();
            copy.port = port;
            copy.dataDir = dataDir;
            copy.embeddedDatabase = embeddedDatabase;
            copy.properties.putAll(properties);
            return new CaillouxNode(copy);
        }

        private static String firstSet(String... names) {
            for (String name : names) {
                String value = System.getenv(name);
                if (value == null) {
                    value = System.getProperty(name.toLowerCase().replace('_', '.'));
                }
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
            return null;
        }
    }
}
