package org.w3id.cailloux.node.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PostgreSQL started from the binaries zonky ships on Maven Central, its data kept in a directory
 * across restarts (a node's {@code ./data/postgres} by default).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The superuser the embedded cluster is created with. */
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on a free port with its data in {@code dataDirectory}, creating it on first use. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    // zonky's defaults are for throw-away test databases (fsync off, asynchronous commit);
                    // a node's database is its source of truth: a commit must be on disk
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** The JDBC URL of the database the node uses. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the embedded PostgreSQL", e);
        }
    }
}
