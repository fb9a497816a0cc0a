package org.w3id.cailloux.node.curation.problems;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** The release was not made. */
public final class ReleaseRefusedProblem extends ProblemException {

    public ReleaseRefusedProblem(String detail) {
        super("release-refused", "The release was not made", HttpStatus.UNPROCESSABLE_ENTITY, detail);
    }
}
