package org.w3id.cailloux.node.curation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.w3id.cailloux.node.security.PasswordHasher;

/**
 * How a node proves to the hub that a request comes from it: it sends the request with a one-time nonce, and the hub
 * asks the node's own URL, the one the directory approved, for the digest of that request
 * ({@code GET /vocabulary/proofs/{nonce}}). Only the node at that URL can answer it, so no key has to be shared or
 * distributed; written here because the nodes have no certificates to sign with and no library does this exchange.
 * A proof answers once, within {@link #LIFETIME}.
 */
@Controller("/vocabulary/proofs")
public class NodeProofs {

    /** How long a proof waits for the hub to ask for it. */
    static final Duration LIFETIME = Duration.ofMinutes(2);
    private static final int MAX_PENDING = 10_000;

    private record Pending(String digest, long until) {}

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    /** A new nonce for a request whose method, path and body give {@code digest}. */
    public String issue(String digest) {
        long now = System.nanoTime();
        if (pending.size() > MAX_PENDING) {
            pending.values().removeIf(p -> p.until() < now);
        }
        String nonce = PasswordHasher.randomSecret(24);
        pending.put(nonce, new Pending(digest, now + LIFETIME.toNanos()));
        return nonce;
    }

    @Get("/{nonce}")
    @Produces(MediaType.TEXT_PLAIN)
    HttpResponse<String> proof(String nonce) {
        Pending p = pending.remove(nonce);
        if (p == null || p.until() < System.nanoTime()) {
            return HttpResponse.notFound("no such proof");
        }
        return HttpResponse.ok(p.digest());
    }

    /** The digest a proof gives for a request: SHA-256 of the method, the path and the body. */
    public static String digest(String method, String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body == null ? new byte[0] : body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
