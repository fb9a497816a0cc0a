package org.w3id.cailloux.node.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** {@code /api/staff}: admins list staff accounts and create editors, coordinators and admins. */
@Controller("/api/staff")
@ExecuteOn(TaskExecutors.BLOCKING)
public class StaffController {

    private static final int MIN_PASSWORD_LENGTH = 12;

    private final StaffAuthenticator authenticator;
    private final StaffUserRepository users;

    StaffController(StaffAuthenticator authenticator, StaffUserRepository users) {
        this.authenticator = authenticator;
        this.users = users;
    }

    @Get
    List<Map<String, Object>> list(HttpRequest<?> request) {
        authenticator.require(request, Role.ADMIN);
        return users.findAll().stream()
                .map(u -> Map.<String, Object>of("username", u.username(), "role", u.role(), "createdAt", u.createdAt().toString()))
                .toList();
    }

    @Post
    HttpResponse<Map<String, Object>> create(HttpRequest<?> request, @Body Map<String, Object> body) {
        authenticator.require(request, Role.ADMIN);
        String username = body.get("username") instanceof String s ? s : "";
        String password = body.get("password") instanceof String s ? s : "";
        String role = body.get("role") instanceof String s ? s : "editor";
        if (!username.matches("[a-z0-9._-]{2,64}")) {
            throw new StaffAccountProblem("username: 2 to 64 lowercase letters, digits, dots, hyphens or underscores.");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new StaffAccountProblem("password: at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (!role.equals("editor") && !role.equals("coordinator") && !role.equals("admin")) {
            throw new StaffAccountProblem("role: editor, coordinator (curates the vocabulary on the hub) or admin.");
        }
        if (users.existsById(username)) {
            throw new StaffAccountProblem("username: the account " + username + " exists already.");
        }
        users.save(new StaffUser(username, PasswordHasher.hash(password), role, null));
        return HttpResponse.created(Map.<String, Object>of("username", username, "role", role), URI.create("/api/staff"));
    }
}
