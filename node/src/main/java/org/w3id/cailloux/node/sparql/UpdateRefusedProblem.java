package org.w3id.cailloux.node.sparql;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** A SPARQL Update reached the read-only endpoint. */
public final class UpdateRefusedProblem extends ProblemException {

    public UpdateRefusedProblem() {
        super("sparql-update-refused", "SPARQL Update refused", HttpStatus.BAD_REQUEST,
                "This endpoint is read-only: SPARQL Update is refused. Records are published through /api/experiments.");
    }
}
