package org.w3id.cailloux.node.sparql;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** A protocol request that cannot be read (bad form encoding, a graph parameter that is not an IRI). */
public final class MalformedRequestProblem extends ProblemException {

    MalformedRequestProblem(String detail) {
        super("sparql-malformed-request", "Malformed SPARQL request", HttpStatus.BAD_REQUEST, detail);
    }
}
