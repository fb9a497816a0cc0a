package org.w3id.cailloux.node.problem;

import io.micronaut.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The root of every error the node reports to a client, as {@code application/problem+json}
 * (RFC 9457). Each problem type is a subclass with a stable type URI under {@link #TYPE_BASE};
 * its detail is written for the person who made the request, never an internal message.
 */
public abstract class ProblemException extends RuntimeException {

    /** Where the problem types live; each type's page explains it. */
    public static final String TYPE_BASE = "https://w3id.org/cailloux/problems/";

    private final String type;
    private final String title;
    private final HttpStatus status;

    protected ProblemException(String typeSlug, String title, HttpStatus status, String detail) {
        super(detail);
        this.type = TYPE_BASE + typeSlug;
        this.title = title;
        this.status = status;
    }

    /** The HTTP status of the response. */
    public HttpStatus status() {
        return status;
    }

    /** Members beyond the standard ones, e.g. the list of violations; empty by default. */
    protected Map<String, Object> extensions() {
        return Map.of();
    }

    /** Response headers the problem needs, e.g. {@code WWW-Authenticate}; none by default. */
    public Map<String, String> headers() {
        return Map.of();
    }

    /** The problem document for a request to {@code instance}. */
    public Map<String, Object> body(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status.getCode());
        body.put("detail", getMessage());
        body.put("instance", instance);
        body.putAll(extensions());
        return body;
    }
}
