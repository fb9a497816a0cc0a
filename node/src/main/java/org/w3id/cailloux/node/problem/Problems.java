package org.w3id.cailloux.node.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds {@code application/problem+json} responses. */
public final class Problems {

    /** The media type of problem documents. */
    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private Problems() {}

    /** The response for a problem raised while handling the request. */
    public static HttpResponse<Map<String, Object>> response(HttpRequest<?> request, ProblemException problem) {
        var response = HttpResponse.<Map<String, Object>>status(problem.status())
                .contentType(PROBLEM_JSON)
                .body(problem.body(request.getPath()));
        problem.headers().forEach(response::header);
        return response;
    }

    /** A problem response with no dedicated type (RFC 9457's about:blank), for plain HTTP errors. */
    public static HttpResponse<Map<String, Object>> plain(HttpRequest<?> request, HttpStatus status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReason());
        body.put("status", status.getCode());
        body.put("detail", detail);
        body.put("instance", request.getPath());
        return HttpResponse.<Map<String, Object>>status(status).contentType(PROBLEM_JSON).body(body);
    }
}
