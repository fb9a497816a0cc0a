package org.w3id.cailloux.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of the machine the benchmark runs on. */
final class Machine {

    private Machine() {}

    static String describe() {
        return "Machine: " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores available, "
                + memory() + " RAM, " + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + ", Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
    }

    /** The 1, 5 and 15-minute load averages: other work on the machine skews every timing. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> Report.number(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0, 0) + " GB")
                    .findFirst().orElse("? GB");
        } catch (IOException | NumberFormatException e) {
            return "? GB";
        }
    }
}
