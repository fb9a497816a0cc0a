package org.w3id.cailloux.node.sparql;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** A POST carried no query. */
public final class MissingQueryProblem extends ProblemException {

    MissingQueryProblem() {
        super("sparql-query-missing", "No query", HttpStatus.BAD_REQUEST,
                "No SPARQL query in the request: send it as the form parameter query= "
                        + "(application/x-www-form-urlencoded) or as an application/sparql-query body.");
    }
}
