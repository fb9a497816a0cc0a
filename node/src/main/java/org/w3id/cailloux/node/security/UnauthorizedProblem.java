package org.w3id.cailloux.node.security;

import io.micronaut.http.HttpStatus;
import java.util.Map;
import org.w3id.cailloux.node.problem.ProblemException;

/** A write without valid credentials. */
public final class UnauthorizedProblem extends ProblemException {

    public UnauthorizedProblem(String detail) {
        super("unauthorized", "Credentials required", HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("WWW-Authenticate", "Basic realm=\"Cailloux\", charset=\"UTF-8\"");
    }
}
