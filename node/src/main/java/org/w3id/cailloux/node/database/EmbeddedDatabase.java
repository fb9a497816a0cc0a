package org.w3id.cailloux.node.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * PostgreSQL started from the binaries zonky ships on Maven Central, its data kept in a directory
 * across restarts (a node's {@code ./data/postgres} by default). It starts in the background: its
 * port, hence its JDBC URL, is known at once, and {@link #awaitStarted} waits for it to accept
 * connections, so the node's application context starts meanwhile.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The superuser the embedded cluster is created with. */
    public static final String USER = "postgres";

    private final int port;
    private final CompletableFuture<EmbeddedPostgres> postgres;

    private EmbeddedDatabase(int port, CompletableFuture<EmbeddedPostgres> postgres) {
        this.port = port;
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on a free port with its data in {@code dataDirectory} (created on first use); returns at once. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        int port = freePort();
        CompletableFuture<EmbeddedPostgres> started = CompletableFuture.supplyAsync(() -> {
            try {
                Files.createDirectories(dataDirectory);
                LeftRunningServer.stopIfLeft(dataDirectory);
                return EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory.toAbsolutePath())
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        // zonky's own hook would stop PostgreSQL at once on SIGTERM, under the requests still being answered;
                        // the node stops it after its server has finished them (CaillouxNode.closeAfterServerStops)
                        .setRegisterShutdownHook(false)
                        // zonky's defaults are for throw-away test databases (fsync off, asynchronous commit);
                        // a node's database is its source of truth: a commit must be on disk
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
            }
        }, runnable -> new Thread(runnable, "cailloux-embedded-postgres").start());
        return new EmbeddedDatabase(port, started);
    }

    /** Waits until PostgreSQL accepts connections; throws what stopped it from starting. */
    public void awaitStarted() {
        try {
            postgres.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** The JDBC URL of the database the node uses (known before PostgreSQL has started). */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=" + USER;
    }

    @Override
    public void close() {
        try {
            postgres.join().close();
        } catch (CompletionException e) {
            // it never started: nothing to stop
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the embedded PostgreSQL", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port for the embedded PostgreSQL", e);
        }
    }
}
