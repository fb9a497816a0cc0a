package org.w3id.cailloux.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The query mix, read from {@code queries/*.rq} next to this class. The first line of each file is
 * a comment saying what the researcher asks; {@code ${base}} and {@code ${experiment}} are filled in.
 */
public final class ResearcherQueries {

    private static final List<String> NAMES = List.of(
            "experiments-per-theme",
            "co-decision-budgets",
            "fifty-fifty-milestones",
            "title-contains-jardin",
            "inspiration-chains",
            "biodiversity-effects",
            "describe-experiment",
            "ask-citizen-led-currency-limit");

    private ResearcherQueries() {}

    /** The mix, with IRIs under {@code base} and {@code experiment} the IRI the DESCRIBE query asks for. */
    public static List<ResearcherQuery> load(String base, String experiment) {
        List<ResearcherQuery> queries = new ArrayList<>();
        for (String name : NAMES) {
            String text = read(name).replace("${base}", base).replace("${experiment}", experiment);
            String question = text.lines().findFirst().orElse("").replaceFirst("^#\\s*", "");
            queries.add(new ResearcherQuery(name, question, text));
        }
        return List.copyOf(queries);
    }

    private static String read(String name) {
        String resource = "queries/" + name + ".rq";
        try (InputStream in = ResearcherQueries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing query resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
