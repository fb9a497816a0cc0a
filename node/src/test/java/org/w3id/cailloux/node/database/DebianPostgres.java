package org.w3id.cailloux.node.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of Debian's {@code postgresql} package, in its own folder and on its own port, that a test
 * starts and stops as an operator's would be (the embedded one cannot be stopped under a running node). Run as the
 * {@code postgres} user when the tests run as root (PostgreSQL refuses root). Without the package a test is skipped
 * with the reason printed, unless {@code CAILLOUX_REQUIRE_POSTGRESQL=true} (CI), where it fails.
 */
public final class DebianPostgres implements AutoCloseable {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path bin;
    private final Path data;
    /** The port the server listens on, on 127.0.0.1. */
    public final int port;

    private DebianPostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** A new cluster (user {@code postgres}, trusted on loopback), started; skips the test when the package is missing. */
    public static DebianPostgres start() throws Exception {
        Optional<Path> bin = binaries();
        String reason = "Debian's PostgreSQL server (/usr/lib/postgresql/*/bin/pg_ctl) is not installed: apt-get install postgresql";
        if (bin.isEmpty() && "true".equalsIgnoreCase(System.getenv("CAILLOUX_REQUIRE_POSTGRESQL"))) {
            Assertions.fail(reason + " (CAILLOUX_REQUIRE_POSTGRESQL=true makes the tests that stop a database required)");
        }
        if (bin.isEmpty()) {
            System.out.println(reason + "; the test is skipped");
            Assumptions.abort(reason + "; the test is skipped");
        }
        // Outside target/: the postgres user must be able to reach the folder
        Path data = Files.createTempDirectory(Path.of("/tmp"), "cailloux-pg-");
        if (ROOT) {
            run(List.of("chown", "postgres:postgres", data.toString()), false);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DebianPostgres server = new DebianPostgres(bin.get(), data, port);
        run(server.as(List.of(bin.get().resolve("initdb").toString(), "-D", data.resolve("cluster").toString(),
                "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")), true);
        server.startServer();
        return server;
    }

    /** The JDBC URL of the server's {@code postgres} database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Starts the server and returns once it accepts connections. */
    public void startServer() throws Exception {
        run(as(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-w", "-t", "60",
                "-l", data.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1", "start")), true);
    }

    /** Stops the server as {@code pg_ctl stop -m fast} does (sessions ended, work in progress rolled back) and waits. */
    public void stopServer() throws Exception {
        run(as(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-w", "-m", "fast", "stop")), true);
    }

    @Override
    public void close() throws Exception {
        if (Files.exists(data.resolve("cluster").resolve("postmaster.pid"))) {
            run(as(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-w", "-m", "immediate", "stop")), false);
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    private List<String> as(List<String> command) {
        if (!ROOT) {
            return command;
        }
        List<String> asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        asPostgres.addAll(command);
        return asPostgres;
    }

    private static Optional<Path> binaries() throws IOException {
        Path lib = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(lib)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(lib)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")) && Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> b.getParent().getFileName().toString()));
        }
    }

    private static void run(List<String> command, boolean mustSucceed) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        boolean ended = process.waitFor(90, TimeUnit.SECONDS);
        if (mustSucceed && (!ended || process.exitValue() != 0)) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
