package org.w3id.cailloux.node.directory;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** A registration or decision the directory cannot take. */
public final class RegistrationProblem extends ProblemException {

    public RegistrationProblem(String detail) {
        super("invalid-registration", "Registration refused", HttpStatus.UNPROCESSABLE_ENTITY, detail);
    }
}
