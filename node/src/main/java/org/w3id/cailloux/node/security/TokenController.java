package org.w3id.cailloux.node.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** {@code POST /api/tokens}: a staff member signed in with Basic gets a bearer token for scripts. */
@Controller("/api/tokens")
public class TokenController {

    private static final Duration VALIDITY = Duration.ofDays(30);
    private final StaffAuthenticator authenticator;

    TokenController(StaffAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Post
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Map<String, Object>> issue(HttpRequest<?> request, @Nullable @Body Map<String, Object> body) {
        Staff staff = authenticator.require(request, Role.EDITOR);
        String label = body != null && body.get("label") instanceof String s ? s : "";
        String token = authenticator.issueToken(staff, label, VALIDITY);
        return HttpResponse.created(Map.of("token", token, "username", staff.username(),
                "expiresAt", Instant.now().plus(VALIDITY).toString()));
    }
}
