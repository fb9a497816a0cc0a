package org.w3id.cailloux.node.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.w3id.cailloux.node.security.PasswordHasher;

/**
 * {@code /staff/sign-in} and {@code /staff/sign-out}. The sign-in form is protected against login
 * CSRF by a double-submit token: a short-lived cookie whose value the form must repeat.
 */
@Controller("/staff")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SignInController {

    static final String SIGN_IN_COOKIE = "cailloux_signin";

    private final StaffSessions sessions;

    SignInController(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @Get("/sign-in")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String next, @Nullable @QueryValue String signedOut) {
        if (sessions.current(request).isPresent()) {
            return HttpResponse.seeOther(URI.create(safeNext(next)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("signedOut", signedOut != null);
        return page(request, HttpStatus.OK, model, next, "");
    }

    @Post("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> signIn(HttpRequest<?> request, @Nullable @Body Map<String, String> posted) {
        Map<String, String> form = posted == null ? Map.of() : posted;
        String expected = request.getCookies().findCookie(SIGN_IN_COOKIE).map(Cookie::getValue).orElse(null);
        if (!StaffSessions.sameSecret(expected, form.get("csrf"))) {
            throw new CsrfRefused();
        }
        Optional<Cookie> session = sessions.signIn(form.get("username"), form.get("password"), request.isSecure());
        if (session.isEmpty()) {
            Map<String, Object> model = new HashMap<>();
            model.put("failed", true);
            return page(request, HttpStatus.UNAUTHORIZED, model, form.get("next"), form.getOrDefault("username", ""));
        }
        return HttpResponse.seeOther(URI.create(safeNext(form.get("next"))))
                .cookie(session.get())
                .cookie(StaffSessions.cookie(SIGN_IN_COOKIE, "", Duration.ZERO, request.isSecure()));
    }

    @Post("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(HttpRequest<?> request, @Nullable @Body Map<String, String> form) {
        sessions.requireForm(request, form == null ? null : form.get("csrf"));
        return HttpResponse.seeOther(URI.create("/staff/sign-in?signedOut=1")).cookie(sessions.signOut(request));
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, Map<String, Object> model, String next, String username) {
        String token = PasswordHasher.randomSecret(24);
        model.put("csrf", token);
        model.put("next", safeNext(next));
        model.put("username", username);
        return HttpResponse.status(status).body(new ModelAndView<>("staff/sign-in", model))
                .contentType(MediaType.TEXT_HTML_TYPE)
                .cookie(StaffSessions.cookie(SIGN_IN_COOKIE, token, Duration.ofHours(1), request.isSecure()));
    }

    /** Only a staff page is a place to go back to after signing in (no open redirect). */
    static String safeNext(String next) {
        return next != null && next.matches("/staff(/[A-Za-z0-9/_.-]*)?") && !next.startsWith("/staff/sign-") ? next : "/staff";
    }
}
