package org.w3id.cailloux.node.federation;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** A SERVICE clause names an endpoint that is not a registered peer's: the federation contacts no one else. */
public final class ServiceNotAllowedProblem extends ProblemException {

    ServiceNotAllowedProblem(String service) {
        super("federation-service-not-allowed", "SERVICE endpoint not allowed", HttpStatus.BAD_REQUEST,
                "SERVICE " + service + " is not allowed: the federation only contacts the registered peers, through "
                        + "their /sparql endpoint (GET /federation/peers lists them). Without SERVICE, a query already "
                        + "sees every peer's data; GRAPH <node IRI> selects one node.");
    }
}
