package org.w3id.cailloux.node.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.w3id.cailloux.node.security.PasswordHasher;
import org.w3id.cailloux.node.security.Role;
import org.w3id.cailloux.node.security.Staff;
import org.w3id.cailloux.node.security.StaffUserRepository;

/**
 * Sessions of the staff web pages: a random id in an HttpOnly, SameSite=Lax cookie, of which only the
 * SHA-256 is stored, with the username, a CSRF token and an expiry (8 hours after signing in).
 */
@Singleton
public class StaffSessions {

    /** The session cookie's name. */
    public static final String COOKIE = "cailloux_session";
    static final Duration LIFETIME = Duration.ofHours(8);

    private final WebSessionRepository sessions;
    private final StaffUserRepository users;
    // A hash to check unknown usernames against, so that they take as long to refuse as wrong passwords
    private final String decoyHash = PasswordHasher.hash(PasswordHasher.randomSecret(16));

    StaffSessions(WebSessionRepository sessions, StaffUserRepository users) {
        this.sessions = sessions;
        this.users = users;
    }

    /** A new session cookie when the username and password are right. */
    public Optional<Cookie> signIn(String username, String password, boolean secure) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        var user = users.findById(username.strip());
        boolean matches = PasswordHasher.matches(password, user.map(u -> u.passwordHash()).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        sessions.deleteByExpiresAtLessThan(now);
        String id = PasswordHasher.randomSecret(32);
        sessions.save(new WebSession(sha256(id), user.get().username(), PasswordHasher.randomSecret(32), null, now.plus(LIFETIME)));
        return Optional.of(cookie(id, LIFETIME, secure));
    }

    /** The signed-in staff member of the request, if its session cookie names a live session. */
    public Optional<SignedIn> current(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE)
                .flatMap(cookie -> sessions.findById(sha256(cookie.getValue())))
                .filter(session -> session.expiresAt().isAfter(Instant.now()))
                .flatMap(session -> users.findById(session.username())
                        .map(user -> new SignedIn(new Staff(user.username(), Role.ofCode(user.role())), session.csrfToken())));
    }

    /** The signed-in staff member, or {@link SignInRequired} (a redirect to the sign-in page). */
    public SignedIn require(HttpRequest<?> request) {
        return current(request).orElseThrow(() -> new SignInRequired(request.getPath()));
    }

    /** The signed-in staff member, who must have sent the session's CSRF token with the form. */
    public SignedIn requireForm(HttpRequest<?> request, String csrfToken) {
        SignedIn signedIn = current(request).orElseThrow(CsrfRefused::new);
        if (!sameSecret(signedIn.csrfToken(), csrfToken)) {
            throw new CsrfRefused();
        }
        return signedIn;
    }

    /** Ends the request's session; returns the cookie that clears it in the browser. */
    public Cookie signOut(HttpRequest<?> request) {
        request.getCookies().findCookie(COOKIE).ifPresent(cookie -> sessions.deleteById(sha256(cookie.getValue())));
        return cookie("", Duration.ZERO, request.isSecure());
    }

    /** True when both secrets are present and equal, compared in constant time. */
    static boolean sameSecret(String expected, String given) {
        return expected != null && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    static Cookie cookie(String name, String value, Duration maxAge, boolean secure) {
        return Cookie.of(name, value).httpOnly(true).sameSite(SameSite.Lax).path("/").maxAge(maxAge).secure(secure);
    }

    private static Cookie cookie(String value, Duration maxAge, boolean secure) {
        return cookie(COOKIE, value, maxAge, secure);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
