package org.w3id.cailloux.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run does, from the command line. {@code --quick} sets smaller defaults
 * (1,000 experiments) for trying; the other flags override either set.
 */
public record BenchOptions(
        int experiments,
        int singlePublishes,
        int batchSize,
        int warmupFiles,
        int warmupRounds,
        int rounds,
        long seed,
        Path workDir,
        Path nodeClasspathFile,
        Path fusekiJar,
        Path nodeJvmOptionsFile,
        List<String> jvmOptions) {

    static final String USAGE = """
            usage: bench/run [--quick] [--experiments N] [--single N] [--batch N] [--warmup-files N] [--rounds N]
                             [--warmup N] [--seed N] [--work-dir DIR] [--jvm "OPTIONS"]
              --experiments N  synthetic experiments in all (default 10000; --quick: 1000)
              --single N       of which published one by one through POST /api/experiments (default 500; --quick: 100)
              --batch N        experiments per file of the bulk import (default 1000; --quick: 300)
              --warmup-files N of those files, the first N are imported on the just-started node as a warm-up, timed
                               apart, and the rest measured (default 2; --quick: 1)
              --rounds N       measured rounds of the query mix (default 50; --quick: 10), after --warmup N (default 5)
              --seed N         the generator's seed (default 42)
              --work-dir DIR   data of the node and of Fuseki, generated files (default bench/target/work, emptied first)
              --jvm "OPTIONS"  JVM options of both servers, the node and Fuseki (default: none, the JVM's defaults)
            """;

    /** Reads the command line. */
    public static BenchOptions parse(String... args) {
        List<String> list = Arrays.asList(args);
        boolean quick = list.contains("--quick");
        int experiments = quick ? 1_000 : 10_000;
        int single = quick ? 100 : 500;
        int batch = quick ? 300 : 1_000;
        int warmupFiles = quick ? 1 : 2;
        int rounds = quick ? 10 : 50;
        int warmup = quick ? 3 : 5;
        long seed = 42;
        Path workDir = Path.of("bench", "target", "work");
        List<String> jvm = List.of();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> { }
                case "-h", "--help" -> throw new IllegalArgumentException(USAGE);
                case "--experiments" -> experiments = Integer.parseInt(value(args, ++i, arg));
                case "--single" -> single = Integer.parseInt(value(args, ++i, arg));
                case "--batch" -> batch = Integer.parseInt(value(args, ++i, arg));
                case "--warmup-files" -> warmupFiles = Integer.parseInt(value(args, ++i, arg));
                case "--rounds" -> rounds = Integer.parseInt(value(args, ++i, arg));
                case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, arg));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
                case "--work-dir" -> workDir = Path.of(value(args, ++i, arg));
                case "--jvm" -> jvm = List.of(value(args, ++i, arg).trim().split("\\s+")).stream().filter(s -> !s.isEmpty()).toList();
                default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
            }
        }
        if (single >= experiments) {
            throw new IllegalArgumentException("--single must be smaller than --experiments\n" + USAGE);
        }
        if ((long) warmupFiles * batch >= experiments - single) {
            throw new IllegalArgumentException("--warmup-files must leave at least one file to measure\n" + USAGE);
        }
        return new BenchOptions(experiments, single, batch, warmupFiles, warmup, rounds, seed, workDir,
                Path.of(System.getProperty("bench.classpath.file", "bench/target/bench.classpath")),
                Path.of(System.getProperty("bench.fuseki.jar", "bench/target/fuseki/jena-fuseki-server.jar")),
                Path.of(System.getProperty("bench.node.jvm.options", "node/jvm.options")),
                jvm);
    }

    /** How many experiments the bulk import sends (the rest are published one by one). */
    public int imported() {
        return experiments - singlePublishes;
    }

    /** How many of those the warm-up files hold. */
    public int warmupImported() {
        return Math.min(imported(), warmupFiles * batchSize);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
