package org.w3id.cailloux.node.curation;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.curation.problems.HubUnreachableProblem;

/**
 * A city node's requests to the hub on behalf of its staff: each carries the node's IRI, the staff member's name and a
 * one-time proof the hub checks with this node ({@link NodeProofs}).
 */
@Singleton
public class HubClient {

    /** The header naming the node a request comes from. */
    public static final String NODE = "Cailloux-Node";
    /** The header carrying the nonce of the node's proof. */
    public static final String PROOF = "Cailloux-Node-Proof";
    /** The header naming the node's staff member who acts. */
    public static final String STAFF = "Cailloux-Staff";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final CurationSettings settings;
    private final NodeIdentity identity;
    private final NodeProofs proofs;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HubClient(CurationSettings settings, NodeIdentity identity, NodeProofs proofs) {
        this.settings = settings;
        this.identity = identity;
        this.proofs = proofs;
    }

    /** The hub this node follows, or null. */
    public String hubUrl() {
        return settings.getHubUrl();
    }

    /** What the hub answered: status, media type, body. */
    public record Answer(int status, String contentType, byte[] body, String location) {}

    /** Sends {@code method path} with a JSON body (or none) to the hub as {@code staff} of this node. */
    public Answer send(String method, String path, byte[] body, String staff, String language) {
        String hub = hubUrl();
        if (hub == null) {
            throw new HubUnreachableProblem("This node follows no vocabulary hub: set CAILLOUX_VOCABULARY_HUB_URL (or CAILLOUX_DIRECTORY).");
        }
        byte[] payload = body == null ? new byte[0] : body;
        String nonce = proofs.issue(NodeProofs.digest(method, path.split("\\?")[0], payload));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hub).resolve(path.substring(1))).timeout(TIMEOUT)
                .header(NODE, identity.nodeIri()).header(PROOF, nonce).header(STAFF, staff)
                .header("Accept", "application/json").header("Accept-Language", language == null ? "fr" : language);
        if (method.equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(payload));
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse("application/json"),
                    response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new HubUnreachableProblem("The vocabulary hub " + hub + " did not answer (" + e.getClass().getSimpleName()
                    + "); nothing was sent. Try again later: this node keeps working with vocabulary it runs.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubUnreachableProblem("Interrupted while asking the vocabulary hub " + hub + ".");
        }
    }
}
