package org.w3id.cailloux.node.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is asking: HTTP Basic (username and password, checked against the slow hash) or a bearer
 * token (looked up by its SHA-256). A successful Basic check is remembered for a few minutes, keyed
 * by a hash of the credentials, so that a script sending Basic on every request does not pay the
 * slow KDF each time.
 */
@Singleton
public class StaffAuthenticator {

    private static final Duration REMEMBER_BASIC = Duration.ofMinutes(5);
    private static final int REMEMBERED_MAX = 1_000;

    private final StaffUserRepository users;
    private final ApiTokenRepository tokens;
    private final Map<String, Remembered> rememberedBasic = new ConcurrentHashMap<>();

    StaffAuthenticator(StaffUserRepository users, ApiTokenRepository tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    /** The staff member the request's credentials name, if they are valid. */
    public Optional<Staff> authenticate(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return Optional.empty();
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).strip());
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(header.substring(7).strip());
        }
        return Optional.empty();
    }

    /** The staff member, who must hold {@code role}; otherwise a 401 or 403 problem. */
    public Staff require(HttpRequest<?> request, Role role) {
        boolean sentCredentials = request.getHeaders().contains(HttpHeaders.AUTHORIZATION);
        Staff staff = authenticate(request).orElseThrow(() -> new UnauthorizedProblem(sentCredentials
                ? "These credentials are not valid: check the username and password, or get a new token."
                : "Writing needs credentials: HTTP Basic with a staff account, or a bearer token from POST /api/tokens."));
        if (!staff.role().includes(role)) {
            throw new ForbiddenProblem("The account " + staff.username() + " is " + staff.role().code()
                    + "; this needs the role " + role.code() + ".");
        }
        return staff;
    }

    /** Issues a bearer token for the staff member, valid for {@code validity}; only its hash is stored. */
    public String issueToken(Staff staff, String label, Duration validity) {
        String token = PasswordHasher.randomSecret(32);
        tokens.save(new ApiToken(sha256(token), staff.username(), label, null, Instant.now().plus(validity)));
        return token;
    }

    private Optional<Staff> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String key = sha256(decoded);
        Remembered remembered = rememberedBasic.get(key);
        if (remembered != null && remembered.until().isAfter(Instant.now())) {
            return Optional.of(remembered.staff());
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        Optional<Staff> staff = users.findById(username)
                .filter(user -> PasswordHasher.matches(password, user.passwordHash()))
                .map(user -> new Staff(user.username(), Role.ofCode(user.role())));
        staff.ifPresent(s -> remember(key, s));
        return staff;
    }

    private Optional<Staff> bearer(String token) {
        return tokens.findById(sha256(token))
                .filter(t -> t.expiresAt().isAfter(Instant.now()))
                .flatMap(t -> users.findById(t.username()))
                .map(user -> new Staff(user.username(), Role.ofCode(user.role())));
    }

    private void remember(String key, Staff staff) {
        if (rememberedBasic.size() >= REMEMBERED_MAX) {
            rememberedBasic.clear();
        }
        rememberedBasic.put(key, new Remembered(staff, Instant.now().plus(REMEMBER_BASIC)));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Remembered(Staff staff, Instant until) {}
}
