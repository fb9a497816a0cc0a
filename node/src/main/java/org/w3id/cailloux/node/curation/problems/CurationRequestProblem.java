package org.w3id.cailloux.node.curation.problems;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** The request cannot be read. */
public final class CurationRequestProblem extends ProblemException {

    public CurationRequestProblem(String detail) {
        super("curation-request", "The request cannot be read", HttpStatus.BAD_REQUEST, detail);
    }
}
