package org.w3id.cailloux.node.publishing.problems;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** The body is not well-formed in the format it claims (JSON, Turtle, JSON-LD, RDF/XML...). */
public final class MalformedRecordProblem extends ProblemException {

    public MalformedRecordProblem(String detail) {
        super("malformed-record", "The document could not be read", HttpStatus.BAD_REQUEST, detail);
    }
}
