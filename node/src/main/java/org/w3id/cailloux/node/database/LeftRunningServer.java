package org.w3id.cailloux.node.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server a node killed with {@code kill -9} left running on its data folder: the JVM died, the server
 * it started did not (its parent became PID 1 or the session's reaper) and keeps {@code postmaster.pid}, so a new
 * server on that folder could never start. Before starting one, this finds such a server from the pid file and
 * stops it the way PostgreSQL stops on SIGTERM, finishing what was committed; a server whose parent is still a
 * running JVM belongs to a node that runs, and is left alone. Written here: zonky only starts and stops the servers
 * it started itself.
 */
final class LeftRunningServer {

    private static final Logger LOG = LoggerFactory.getLogger(LeftRunningServer.class);
    private static final long STOP_SECONDS = 30;

    private LeftRunningServer() {}

    /** Stops the server left running on {@code dataDirectory}, if any; throws when a running node still owns it. */
    static void stopIfLeft(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
            return; // not written out yet or damaged: PostgreSQL itself judges a pid file it cannot read
        }
        Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
        if (server.isEmpty() || !servesThisFolder(server.get(), lines.get(1).strip(), dataDirectory)) {
            return; // a stale pid file, which PostgreSQL takes over itself
        }
        ProcessHandle postgres = server.get();
        Optional<ProcessHandle> parent = postgres.parent();
        if (parent.isPresent() && parent.get().info().command().map(c -> c.endsWith("/java")).orElse(false)) {
            throw new IllegalStateException("The data folder " + dataDirectory + " is in use by the PostgreSQL server of a node that"
                    + " is running (pid " + parent.get().pid() + "): stop that node first, or give this one another CAILLOUX_DATA_DIR.");
        }
        LOG.warn("The PostgreSQL server of a node that stopped without closing it (pid {}) was left running on {}: stopping it"
                + " before starting again", postgres.pid(), dataDirectory);
        postgres.destroy();
        try {
            if (!postgres.onExit().get(STOP_SECONDS, TimeUnit.SECONDS).isAlive()) {
                return;
            }
        } catch (TimeoutException e) {
            LOG.warn("It did not stop within {} s: killing it; PostgreSQL recovers from its write-ahead log at the next start", STOP_SECONDS);
            postgres.destroyForcibly();
            postgres.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the PostgreSQL left running on " + dataDirectory, e);
        } catch (ExecutionException e) {
            throw new IOException("Cannot wait for the PostgreSQL left running on " + dataDirectory, e);
        }
    }

    /** Whether the process is a PostgreSQL server of this folder (a pid reused by another program is not). */
    private static boolean servesThisFolder(ProcessHandle process, String pidFileFolder, Path dataDirectory) throws IOException {
        boolean postgres = process.info().command().map(c -> c.endsWith("/postgres") || c.endsWith("/postmaster")).orElse(false);
        return postgres && Path.of(pidFileFolder).toRealPath().equals(dataDirectory.toRealPath());
    }
}
