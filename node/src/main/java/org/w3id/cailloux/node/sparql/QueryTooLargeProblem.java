package org.w3id.cailloux.node.sparql;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** The query text is longer than the endpoint accepts. */
public final class QueryTooLargeProblem extends ProblemException {

    QueryTooLargeProblem(int length, int limit) {
        super("sparql-query-too-large", "Query too large", HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                "The query has " + length + " characters; this endpoint accepts at most " + limit + ".");
    }
}
