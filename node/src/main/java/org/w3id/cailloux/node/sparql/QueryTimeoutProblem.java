package org.w3id.cailloux.node.sparql;

import io.micronaut.http.HttpStatus;
import java.time.Duration;
import org.w3id.cailloux.node.problem.ProblemException;

/**
 * The query ran past the time limit and was stopped. 503, as Fuseki answers, since SPARQL clients
 * report it as a server-side refusal (408 would blame the client for sending its request slowly).
 */
public final class QueryTimeoutProblem extends ProblemException {

    QueryTimeoutProblem(Duration limit) {
        super("sparql-query-timeout", "Query timed out", HttpStatus.SERVICE_UNAVAILABLE,
                "The query was stopped after the time limit of " + limit.toMillis() + " ms. "
                        + "Make it more selective (fewer cross products, more constant terms, a LIMIT) and try again.");
    }
}
