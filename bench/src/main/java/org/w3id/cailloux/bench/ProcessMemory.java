package org.w3id.cailloux.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory of a process tree from Linux's /proc: the resident set of one process (VmRSS), and the
 * proportional set size of its descendants (Pss, so that PostgreSQL's shared buffers count once).
 */
public final class ProcessMemory {

    private ProcessMemory() {}

    /** VmRSS of {@code pid} in bytes (RssAnon + RssFile + RssShmem); -1 when unknown (not Linux, or gone). */
    public static long rss(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    /** RssAnon of {@code pid} in bytes: heap, metaspace, thread stacks, direct buffers. */
    public static long rssAnonymous(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "status"), "RssAnon:");
    }

    /** RssFile of {@code pid} in bytes: mapped files in memory, e.g. TDB2's memory-mapped indexes and the jars. */
    public static long rssFile(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "status"), "RssFile:");
    }

    /**
     * The sum of Pss of the PostgreSQL server whose data directory is {@code dataDirectory} and of its
     * backends, in bytes; -1 when none is found. pg_ctl detaches the server from the JVM that started it,
     * so it is found by its {@code -D} argument rather than as a child.
     */
    public static long postgresPss(Path dataDirectory) {
        String dir = dataDirectory.toAbsolutePath().normalize().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains("postgres") && line.contains(dir)).orElse(false))
                .findFirst()
                .map(server -> pss(server.pid()) + server.descendants().mapToLong(child -> Math.max(0, pss(child.pid()))).sum())
                .orElse(-1L);
    }

    private static long pss(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
    }

    private static long field(Path file, String name) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(name)) {
                    String[] parts = line.substring(name.length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
