package org.w3id.cailloux.node.publishing.problems;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** If-Match names a version that is no longer current: nothing was written. */
public final class PreconditionFailedProblem extends ProblemException {

    public PreconditionFailedProblem(String detail) {
        super("stale-write", "The experiment changed meanwhile", HttpStatus.PRECONDITION_FAILED, detail);
    }
}
