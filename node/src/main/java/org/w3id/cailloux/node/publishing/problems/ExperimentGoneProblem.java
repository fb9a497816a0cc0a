package org.w3id.cailloux.node.publishing.problems;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** The experiment was deleted; its revisions remain and it can be restored. */
public final class ExperimentGoneProblem extends ProblemException {

    public ExperimentGoneProblem(String detail) {
        super("experiment-deleted", "Experiment deleted", HttpStatus.GONE, detail);
    }
}
