package org.w3id.cailloux.node.research;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The library of example queries shown on {@code /query}: the files {@code queries/*.rq} on the classpath, in
 * name order. Each starts with comment lines {@code # fr: title}, {@code # en: title} and, for a query that only
 * makes sense over the network, {@code # endpoint: federation}.
 */
@Singleton
public class ExampleQueries {

    /** The folder of the examples on the classpath. */
    public static final String FOLDER = "queries";

    private final List<Example> examples;

    ExampleQueries() {
        this.examples = load();
    }

    /**
     * One example.
     *
     * @param id        the file name without {@code .rq}
     * @param titleFr   its French title
     * @param titleEn   its English title
     * @param federated whether it is meant for the federated endpoint only (it reads {@code GRAPH} as provenance)
     * @param text      the query
     */
    public record Example(String id, String titleFr, String titleEn, boolean federated, String text) {
        @Override
        public String toString() {
            return id;
        }
    }

    /** Every example, in file name order. */
    public List<Example> all() {
        return examples;
    }

    private static List<Example> load() {
        List<Example> list = new ArrayList<>();
        for (String name : names()) {
            try (InputStream in = ExampleQueries.class.getClassLoader().getResourceAsStream(FOLDER + "/" + name)) {
                list.add(parse(name.substring(0, name.length() - 3), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the example query " + name, e);
            }
        }
        list.sort(Comparator.comparing(Example::id));
        return List.copyOf(list);
    }

    static Example parse(String id, String text) {
        String fr = id;
        String en = id;
        boolean federated = false;
        for (String line : text.lines().takeWhile(l -> l.startsWith("#")).toList()) {
            String body = line.substring(1).strip();
            if (body.startsWith("fr:")) {
                fr = body.substring(3).strip();
            } else if (body.startsWith("en:")) {
                en = body.substring(3).strip();
            } else if (body.startsWith("endpoint:")) {
                federated = body.substring(9).strip().equals("federation");
            }
        }
        return new Example(id, fr, en, federated, text);
    }

    /** The .rq files of the folder, from a directory (development, tests) or a jar. */
    private static List<String> names() {
        URL folder = ExampleQueries.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            if (folder.getProtocol().equals("jar")) {
                try (JarFile jar = ((JarURLConnection) folder.openConnection()).getJarFile()) {
                    return jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(FOLDER + "/") && n.endsWith(".rq") && n.indexOf('/', FOLDER.length() + 1) < 0)
                            .map(n -> n.substring(FOLDER.length() + 1)).toList();
                }
            }
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the example queries", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot list the example queries", e);
        }
    }
}
