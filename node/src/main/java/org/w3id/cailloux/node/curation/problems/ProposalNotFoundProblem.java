package org.w3id.cailloux.node.curation.problems;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** No such proposal. */
public final class ProposalNotFoundProblem extends ProblemException {

    public ProposalNotFoundProblem(String detail) {
        super("proposal-not-found", "No such proposal", HttpStatus.NOT_FOUND, detail);
    }
}
