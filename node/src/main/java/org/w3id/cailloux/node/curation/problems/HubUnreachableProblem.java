package org.w3id.cailloux.node.curation.problems;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** The vocabulary hub could not be reached. */
public final class HubUnreachableProblem extends ProblemException {

    public HubUnreachableProblem(String detail) {
        super("hub-unreachable", "The vocabulary hub could not be reached", HttpStatus.BAD_GATEWAY, detail);
    }
}
