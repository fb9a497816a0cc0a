package org.w3id.cailloux.node.publishing.problems;

import io.micronaut.http.HttpStatus;
import org.w3id.cailloux.node.problem.ProblemException;

/** The body's Content-Type is not one the publishing API reads. */
public final class UnsupportedFormatProblem extends ProblemException {

    public UnsupportedFormatProblem(String detail) {
        super("unsupported-format", "Format not accepted", HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
    }
}
