package org.w3id.cailloux.node.sparql;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** A POST whose body is neither a form nor a SPARQL query. */
public final class UnsupportedBodyProblem extends ProblemException {

    UnsupportedBodyProblem(@Nullable String contentType) {
        super("sparql-unsupported-body", "Unsupported request body", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "A body of type " + (contentType == null ? "(none)" : contentType) + " is not a SPARQL request; "
                        + "POST application/x-www-form-urlencoded (query=...) or application/sparql-query.");
    }
}
