package org.w3id.cailloux.node.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.w3id.cailloux.node.problem.ProblemException;

/** What the staff pages answer when no one is signed in (a redirect) or a form lacks its CSRF token (403). */
@Controller
public class WebErrors {

    @Error(global = true, exception = SignInRequired.class)
    HttpResponse<?> signInRequired(HttpRequest<?> request, SignInRequired e) {
        return HttpResponse.seeOther(URI.create("/staff/sign-in?next=" + URLEncoder.encode(e.next(), StandardCharsets.UTF_8)));
    }

    /** A problem met by a staff page (no such experiment or revision...), as an HTML page with its status. */
    public static HttpResponse<?> problemPage(ProblemException problem) {
        return HttpResponse.status(problem.status())
                .body(new ModelAndView<>("staff/problem", Map.of("status", problem.status().getCode(), "detail", problem.getMessage())))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }

    @Error(global = true, exception = CsrfRefused.class)
    HttpResponse<?> csrfRefused(HttpRequest<?> request, CsrfRefused e) {
        return HttpResponse.status(HttpStatus.FORBIDDEN)
                .body(new ModelAndView<>("staff/refused", Map.of()))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }
}
