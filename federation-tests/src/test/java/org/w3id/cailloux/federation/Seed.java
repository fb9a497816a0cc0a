package org.w3id.cailloux.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data a node of a test network starts with: Loos-en-Gohelle's real sample, nothing, or a Turtle
 * template whose {@code {{A}}}, {@code {{B}}}... stand for the other nodes' IRIs (relative IRIs
 * resolve against the node's own base).
 */
public final class Seed {

    private static final Pattern CITY = Pattern.compile("schema:name\\s+\"([^\"]+)\"");

    private final String sampleData;
    private final String template;

    private Seed(String sampleData, String template) {
        this.sampleData = sampleData;
        this.template = template;
    }

    /** Loos-en-Gohelle's sample data, from the seeds. */
    public static Seed loosEnGohelle() {
        return new Seed("loos-en-gohelle", null);
    }

    /** An empty node. */
    public static Seed none() {
        return new Seed("none", null);
    }

    /** A Turtle template read from a file. */
    public static Seed file(Path turtle) {
        try {
            return turtle(Files.readString(turtle));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Turtle template given as text. */
    public static Seed turtle(String template) {
        return new Seed(null, template);
    }

    /** The city the node publishes for: its territory's name in the template, else a name of its own. */
    String city(String name) {
        if ("loos-en-gohelle".equals(sampleData)) {
            return "Loos-en-Gohelle";
        }
        Matcher m = template == null ? null : CITY.matcher(template);
        return m != null && m.find() ? m.group(1) : "Ville-Exemple-" + name.toUpperCase() + " (données d'exemple)";
    }

    /** The value of {@code cailloux.sample-data} for the node: a keyword, or a file written under {@code dir}. */
    String materialise(String name, Map<String, String> placeholders, Path dir) {
        if (template == null) {
            return sampleData;
        }
        String text = template;
        for (Map.Entry<String, String> e : placeholders.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        try {
            Path file = dir.resolve("node-" + name + ".ttl");
            Files.writeString(file, text);
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
