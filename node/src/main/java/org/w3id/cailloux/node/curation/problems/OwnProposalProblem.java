package org.w3id.cailloux.node.curation.problems;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** Nobody decides on their own proposal. */
public final class OwnProposalProblem extends ProblemException {

    public OwnProposalProblem(String detail) {
        super("own-proposal", "Nobody decides on their own proposal", HttpStatus.FORBIDDEN, detail);
    }
}
