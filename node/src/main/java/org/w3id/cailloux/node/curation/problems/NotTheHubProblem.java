package org.w3id.cailloux.node.curation.problems;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** This node is not the vocabulary hub. */
public final class NotTheHubProblem extends ProblemException {

    public NotTheHubProblem(String detail) {
        super("not-the-hub", "This node is not the vocabulary hub", HttpStatus.NOT_FOUND, detail);
    }
}
