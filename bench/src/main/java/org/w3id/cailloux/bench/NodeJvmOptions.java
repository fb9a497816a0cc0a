package org.w3id.cailloux.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The node's JVM options as `./cailloux run` uses them: {@code node/jvm.options}, one per line, for one data directory. */
final class NodeJvmOptions {

    private NodeJvmOptions() {}

    /** The options in {@code file}, comments and blank lines left out, {@code ${CAILLOUX_DATA_DIR}} replaced by {@code dataDir}. */
    static List<String> read(Path file, Path dataDir) {
        try {
            Files.createDirectories(dataDir.resolve("jvm"));
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.replace("${CAILLOUX_DATA_DIR}", dataDir.toAbsolutePath().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the node's JVM options in " + file, e);
        }
    }
}
