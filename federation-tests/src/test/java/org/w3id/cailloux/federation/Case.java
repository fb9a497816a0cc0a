package org.w3id.cailloux.federation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * One federation case, a folder under {@code src/test/resources/cases/}: {@code node-a.ttl} (when
 * absent, node A holds Loos-en-Gohelle's real sample data), {@code node-b.ttl}, {@code node-c.ttl},
 * {@code query.rq}, the expected answer {@code expected.srj} (or {@code expected.ttl} for a
 * CONSTRUCT), optional {@code case.properties} (request limits, outside clients) and an optional
 * {@code service.rq}, the same query written with one SERVICE clause per node.
 */
public record Case(String name, Path dir, Properties properties) {

    /** Where the cases live, relative to the module (the tests' working directory). */
    public static final Path ROOT = Path.of("src", "test", "resources", "cases");

    /** Every case, by name. */
    public static List<Case> all() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().map(Case::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Case load(Path dir) {
        Properties properties = new Properties();
        Path file = dir.resolve("case.properties");
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Case(dir.getFileName().toString(), dir, properties);
    }

    /** Starts the case's network: nodes a, b, c and the federating node. */
    public Network start(Network.Builder builder) {
        for (String node : List.of("a", "b", "c")) {
            Path seed = dir.resolve("node-" + node + ".ttl");
            builder.node(node, Files.exists(seed) ? Seed.file(seed) : node.equals("a") ? Seed.loosEnGohelle() : Seed.none());
        }
        return builder.start();
    }

    /** What the case's nodes hold: cases with the same data share one network. */
    public String data() {
        StringBuilder data = new StringBuilder();
        for (String node : List.of("a", "b", "c")) {
            Path seed = dir.resolve("node-" + node + ".ttl");
            data.append(node).append(':').append(Files.exists(seed) ? read(seed.getFileName().toString()) : "-").append('\n');
        }
        return data.toString();
    }

    /** The case's query, its placeholders replaced by the network's node IRIs. */
    public Query query(Network network) {
        return QueryFactory.create(network.substitute(read("query.rq")));
    }

    /** The SERVICE form of the query, if the case has one. */
    public Optional<Query> serviceQuery(Network network) {
        return Files.exists(dir.resolve("service.rq"))
                ? Optional.of(QueryFactory.create(network.substitute(read("service.rq")))) : Optional.empty();
    }

    /** The file holding the expected answer. */
    public Path expectedFile(Query query) {
        return dir.resolve(query.isConstructType() || query.isDescribeType() ? "expected.ttl" : "expected.srj");
    }

    /** True if RDF4J FedX can express the case (no GRAPH, no reliance on the vocabulary's multiplicity). */
    public boolean fedx() {
        return Boolean.parseBoolean(properties.getProperty("outside.fedx", "false"));
    }

    /** The most SPARQL requests the peers together may receive for the query, if limited. */
    public Optional<Integer> maxRequests() {
        return Optional.ofNullable(properties.getProperty("requests.max")).map(Integer::valueOf);
    }

    /** The most SPARQL requests any one peer may receive for the query, if limited. */
    public Optional<Integer> maxRequestsPerPeer() {
        return Optional.ofNullable(properties.getProperty("requests.max-per-peer")).map(Integer::valueOf);
    }

    /** The nodes that must receive no request at all for the query. */
    public List<String> untouched() {
        String value = properties.getProperty("requests.none-to", "");
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    String read(String file) {
        try {
            return Files.readString(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
