package org.w3id.cailloux.node.sparql;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** The query has a SERVICE clause, which the local endpoint never follows (no calls to arbitrary URLs). */
public final class ServiceRefusedProblem extends ProblemException {

    ServiceRefusedProblem() {
        super("sparql-service-refused", "SERVICE not allowed", HttpStatus.BAD_REQUEST,
                "SERVICE is not allowed at the local endpoint; use /federation/sparql to query the network's nodes.");
    }
}
