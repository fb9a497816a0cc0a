package org.w3id.cailloux.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Java program run as a child process with the benchmark's own {@code java}, its output kept in a
 * log file. The node and Fuseki each run in their own JVM, so that their memory is measured apart
 * and Fuseki's shaded jar never meets the node's classpath.
 */
public final class ChildJvm {

    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final Path workingDirectory;
    private Process process;

    private ChildJvm(Builder builder) {
        this.command = List.copyOf(builder.command());
        this.environment = Map.copyOf(builder.environment);
        this.log = builder.log;
        this.workingDirectory = builder.workingDirectory;
    }

    /** A builder; give a main class and classpath, or a jar. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts the process and returns at once. */
    public void start() {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command.getFirst(), e);
        }
        // A benchmark stopped half-way (Ctrl+C, SIGTERM) must not leave its servers running behind it
        Process started = process;
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            if (started.isAlive()) {
                started.destroy();
            }
        }));
    }

    /** The process id, for /proc. */
    public long pid() {
        return process.pid();
    }

    /** Whether the process still runs. */
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Where the process writes its output. */
    public Path log() {
        return log;
    }

    /**
     * Asks the process to stop (SIGTERM, so that shutdown hooks stop the embedded PostgreSQL) and waits;
     * only after {@code seconds} does it kill it. Returns false when it had to be killed.
     */
    public boolean stop(int seconds) {
        if (process == null || !process.isAlive()) {
            return true;
        }
        process.destroy();
        try {
            if (process.waitFor(seconds, TimeUnit.SECONDS)) {
                return true;
            }
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Settings of a child JVM. */
    public static final class Builder {
        private final List<String> jvmOptions = new ArrayList<>();
        private final List<String> arguments = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private String classpath;
        private String mainClass;
        private Path jar;
        private Path log;
        private Path workingDirectory;

        private Builder() {}

        /** Run {@code mainClass} on {@code classpath}. */
        public Builder main(String classpath, String mainClass) {
            this.classpath = classpath;
            this.mainClass = mainClass;
            return this;
        }

        /** Run an executable jar. */
        public Builder jar(Path jar) {
            this.jar = jar;
            return this;
        }

        /** JVM options such as {@code -Xmx512m}. */
        public Builder jvmOptions(List<String> options) {
            jvmOptions.addAll(options);
            return this;
        }

        /** Program arguments. */
        public Builder arguments(String... args) {
            arguments.addAll(List.of(args));
            return this;
        }

        /** One environment variable. */
        public Builder env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /** The file that receives stdout and stderr. */
        public Builder log(Path log) {
            this.log = log;
            return this;
        }

        /** The directory the process runs in (default: the benchmark's own). */
        public Builder workingDirectory(Path directory) {
            this.workingDirectory = directory;
            return this;
        }

        /** The child JVM, not yet started. */
        public ChildJvm build() {
            if ((jar == null) == (mainClass == null) || log == null) {
                throw new IllegalStateException("A child JVM needs either a jar or a main class, and a log file");
            }
            return new ChildJvm(this);
        }

        private List<String> command() {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            if (jar != null) {
                command.add("-jar");
                command.add(jar.toString());
            } else {
                command.add("-cp");
                command.add(classpath);
                command.add(mainClass);
            }
            command.addAll(arguments);
            return command;
        }
    }
}
