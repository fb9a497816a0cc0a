package org.w3id.cailloux.node.publishing.problems;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** The experiment has no revision with this number. */
public final class RevisionNotFoundProblem extends ProblemException {

    public RevisionNotFoundProblem(String detail) {
        super("revision-not-found", "No such revision", HttpStatus.NOT_FOUND, detail);
    }
}
