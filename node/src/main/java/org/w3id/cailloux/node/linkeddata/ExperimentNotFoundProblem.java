package org.w3id.cailloux.node.linkeddata;

import io.micronaut.http.HttpStatus;
import java.util.Map;
import org.w3id.cailloux.node.problem.ProblemException;

/** No published experiment has this slug (never published, unpublished, or deleted). */
public final class ExperimentNotFoundProblem extends ProblemException {

    private final String slug;

    public ExperimentNotFoundProblem(String slug) {
        super("experiment-not-found", "No such published experiment", HttpStatus.NOT_FOUND,
                "This node publishes no experiment named '" + slug + "'. It may be a draft, unpublished or deleted;"
                        + " the list of published experiments is at /experiments.");
        this.slug = slug;
    }

    @Override
    protected Map<String, Object> extensions() {
        return Map.of("slug", slug);
    }
}
