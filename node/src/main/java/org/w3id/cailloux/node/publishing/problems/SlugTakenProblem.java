package org.w3id.cailloux.node.publishing.problems;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** POST of an experiment whose slug exists already. */
public final class SlugTakenProblem extends ProblemException {

    public SlugTakenProblem(String detail) {
        super("slug-taken", "Slug already used", HttpStatus.CONFLICT, detail);
    }
}
