package org.w3id.cailloux.node.linkeddata;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** The node has not published its territory's description yet. */
public final class TerritoryNotPublishedProblem extends ProblemException {

    public TerritoryNotPublishedProblem() {
        super("territory-not-published", "Territory not published yet", HttpStatus.NOT_FOUND,
                "This node has not published the description of its territory yet; its staff can publish it.");
    }
}
