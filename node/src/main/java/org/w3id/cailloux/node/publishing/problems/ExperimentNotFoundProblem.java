package org.w3id.cailloux.node.publishing.problems;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** No experiment has this slug. */
public final class ExperimentNotFoundProblem extends ProblemException {

    public ExperimentNotFoundProblem(String detail) {
        super("experiment-not-found", "No such experiment", HttpStatus.NOT_FOUND, detail);
    }
}
