package org.w3id.cailloux.node.federation;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** A SERVICE clause without SILENT could not be answered by its peer. */
public final class ServiceFailedProblem extends ProblemException {

    ServiceFailedProblem(Source source, String reason) {
        super("federation-service-failed", "SERVICE peer failed", HttpStatus.BAD_GATEWAY,
                "The peer " + source.nodeIri() + " did not answer the SERVICE clause: " + reason
                        + ". Write SERVICE SILENT to get the other answers without it.");
    }
}
