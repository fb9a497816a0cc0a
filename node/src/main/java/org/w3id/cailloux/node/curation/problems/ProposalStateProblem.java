package org.w3id.cailloux.node.curation.problems;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** Not possible in this state. */
public final class ProposalStateProblem extends ProblemException {

    public ProposalStateProblem(String detail) {
        super("proposal-state", "Not possible in this state", HttpStatus.CONFLICT, detail);
    }
}
