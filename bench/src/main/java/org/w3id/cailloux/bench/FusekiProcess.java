package org.w3id.cailloux.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Apache Jena Fuseki run from its shaded server jar in its own JVM, over a TDB2 dataset {@code /ds}
 * whose default graph is the union of its named graphs, as the node's query index is.
 */
public final class FusekiProcess {

    private final Path jar;
    private final Path directory;
    private final int port;
    private final List<String> jvmOptions;
    private final HttpClient http;
    private ChildJvm jvm;

    /** Fuseki from {@code jar}, its database and log under {@code directory}, on {@code port}. */
    public FusekiProcess(Path jar, Path directory, int port, List<String> jvmOptions, HttpClient http) {
        this.jar = jar;
        this.directory = directory;
        this.port = port;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.http = http;
    }

    /** Starts Fuseki and returns the time until {@code /$/ping} answers. */
    public Duration start() {
        Path config = directory.resolve("config.ttl");
        try {
            Files.createDirectories(directory);
            Files.writeString(config, assembler(directory.resolve("tdb2").toAbsolutePath()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Fuseki configuration " + config, e);
        }
        jvm = ChildJvm.builder().jar(jar).jvmOptions(jvmOptions)
                .arguments("--config=" + config.toAbsolutePath(), "--port=" + port, "--localhost", "--ping")
                .log(directory.resolve("fuseki.log"))
                // Fuseki keeps its run area (FUSEKI_BASE, "run/") in its working directory
                .workingDirectory(directory)
                .build();
        long started = System.nanoTime();
        jvm.start();
        new Readiness(http).await(url().resolve("$/ping"), body -> true, Duration.ofMinutes(2), jvm);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The server's root, e.g. {@code http://localhost:3030/}. */
    public URI url() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** The query endpoint of the dataset. */
    public URI sparql() {
        return url().resolve("ds/sparql");
    }

    /** Adds the quads of an N-Quads file to the dataset (Graph Store Protocol on the dataset); returns the time it took. */
    public Duration load(Path quads) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url().resolve("ds"))
                            .header("Content-Type", "application/n-quads")
                            .POST(HttpRequest.BodyPublishers.ofFile(quads)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Fuseki refused " + quads + ": " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + quads + " into Fuseki", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Resident memory of Fuseki's JVM, in bytes. */
    public long rss() {
        return ProcessMemory.rss(jvm.pid());
    }

    /** Fuseki's resident memory split: anonymous and file-backed, in bytes. */
    public long[] rssSplit() {
        return new long[] {ProcessMemory.rssAnonymous(jvm.pid()), ProcessMemory.rssFile(jvm.pid())};
    }

    /** Stops Fuseki. */
    public void stop() {
        if (jvm != null) {
            jvm.stop(30);
        }
    }

    private static String assembler(Path location) {
        return """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>

                [] rdf:type fuseki:Server .

                <#service> rdf:type fuseki:Service ;
                    fuseki:name "ds" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ] ;
                    fuseki:dataset <#dataset> .

                # The node's index answers over the union of its named graphs: so does this dataset
                <#dataset> rdf:type tdb2:DatasetTDB2 ;
                    tdb2:location "%s" ;
                    tdb2:unionDefaultGraph true .
                """.formatted(location.toString().replace("\\", "/"));
    }
}
