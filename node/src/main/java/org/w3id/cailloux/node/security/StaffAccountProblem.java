package org.w3id.cailloux.node.security;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** A staff account that cannot be created as asked. */
public final class StaffAccountProblem extends ProblemException {

    public StaffAccountProblem(String detail) {
        super("invalid-staff-account", "The account cannot be created", HttpStatus.UNPROCESSABLE_ENTITY, detail);
    }
}
