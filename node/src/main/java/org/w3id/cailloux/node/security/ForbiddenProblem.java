package org.w3id.cailloux.node.security;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** A signed-in staff member whose role does not allow the action. */
public final class ForbiddenProblem extends ProblemException {

    public ForbiddenProblem(String detail) {
        super("forbidden", "Not allowed", HttpStatus.FORBIDDEN, detail);
    }
}
