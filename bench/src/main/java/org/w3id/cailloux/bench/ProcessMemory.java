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

    /** VmRSS of {@code pid} in bytes; -1 when unknown (not Linux, or gone). */
    public static long rss(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    /** The sum of Pss of every descendant of {@code pid}, in bytes (e.g. the node's PostgreSQL processes). */
    public static long descendantsPss(long pid) {
        return ProcessHandle.of(pid).map(handle -> handle.descendants()
                        .mapToLong(child -> Math.max(0, field(Path.of("/proc", Long.toString(child.pid()), "smaps_rollup"), "Pss:")))
                        .sum())
                .orElse(-1L);
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
