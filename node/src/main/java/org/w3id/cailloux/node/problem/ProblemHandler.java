package org.w3id.cailloux.node.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.node.database.DatabaseUnavailableProblem;

/** Turns every error into {@code application/problem+json}; internal details go to the log only. */
@Controller
public class ProblemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @Error(global = true, exception = ProblemException.class)
    HttpResponse<Map<String, Object>> problem(HttpRequest<?> request, ProblemException problem) {
        return Problems.response(request, problem);
    }

    @Error(global = true, exception = HttpStatusException.class)
    HttpResponse<Map<String, Object>> httpStatus(HttpRequest<?> request, HttpStatusException e) {
        HttpStatus status = e.getStatus();
        String detail = status.getCode() < 500 ? e.getMessage() : "The node could not answer; the error is logged.";
        return Problems.plain(request, status, detail);
    }

    @Error(global = true, exception = ContentLengthExceededException.class)
    HttpResponse<Map<String, Object>> tooLarge(HttpRequest<?> request, ContentLengthExceededException e) {
        return Problems.plain(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The body is larger than this node accepts ("
                + e.getMessage().replaceAll(".*maximum allowed content length \\[(\\d+)\\].*", "$1")
                + " bytes); split an import into several files.");
    }

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    HttpResponse<Map<String, Object>> notFound(HttpRequest<?> request) {
        return Problems.plain(request, HttpStatus.NOT_FOUND, "Nothing is published at " + request.getPath() + ".");
    }

    @Error(global = true, status = HttpStatus.METHOD_NOT_ALLOWED)
    HttpResponse<Map<String, Object>> methodNotAllowed(HttpRequest<?> request) {
        return Problems.plain(request, HttpStatus.METHOD_NOT_ALLOWED,
                request.getMethod() + " is not allowed on " + request.getPath() + ".");
    }

    @Error(global = true, status = HttpStatus.NOT_ACCEPTABLE)
    HttpResponse<Map<String, Object>> notAcceptable(HttpRequest<?> request) {
        return Problems.plain(request, HttpStatus.NOT_ACCEPTABLE, "No representation of " + request.getPath()
                + " matches Accept: " + request.getHeaders().get("Accept") + "; ask for one of the media types this resource offers.");
    }

    @Error(global = true, status = HttpStatus.UNSUPPORTED_MEDIA_TYPE)
    HttpResponse<Map<String, Object>> unsupportedMediaType(HttpRequest<?> request) {
        return Problems.plain(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "This resource does not accept a body of type " + request.getContentType().map(Object::toString).orElse("(none)") + ".");
    }

    @Error(global = true, exception = Throwable.class)
    HttpResponse<Map<String, Object>> unexpected(HttpRequest<?> request, Throwable error) {
        // Whatever wrapped it (storage, service, template), a database out of reach is the client's 503, not a 500
        if (DatabaseUnavailableProblem.causedBy(error)) {
            LOG.warn("{} {}: the database does not answer ({})", request.getMethod(), request.getPath(), rootMessage(error));
            return Problems.response(request, new DatabaseUnavailableProblem());
        }
        LOG.error("Unexpected error on {} {}", request.getMethod(), request.getPath(), error);
        return Problems.plain(request, HttpStatus.INTERNAL_SERVER_ERROR,
                "The node could not answer; the error is logged. Try again, or tell the node's administrators.");
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
