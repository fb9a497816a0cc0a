package org.w3id.cailloux.node.curation;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.peers.PeerRegistry;
import org.w3id.cailloux.node.security.ForbiddenProblem;
import org.w3id.cailloux.node.security.Role;
import org.w3id.cailloux.node.security.Staff;
import org.w3id.cailloux.node.security.StaffAuthenticator;
import org.w3id.cailloux.node.security.UnauthorizedProblem;

/**
 * Who makes a curation request to this node: a staff member of this node (HTTP Basic or a bearer token), or a staff
 * member of a city node that forwarded it ({@link HubClient}): that node must be one this node may contact (configured,
 * or approved by the directory), and must confirm the request's digest at its own URL ({@link NodeProofs}). Staff of
 * another node act as editors there: coordinators are accounts of the hub.
 */
@Singleton
public class CurationActors {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final StaffAuthenticator authenticator;
    private final PeerRegistry peers;
    private final NodeIdentity identity;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();

    CurationActors(StaffAuthenticator authenticator, PeerRegistry peers, NodeIdentity identity) {
        this.authenticator = authenticator;
        this.peers = peers;
        this.identity = identity;
    }

    /** The actor of a request that must have one; a 401 or 403 problem otherwise. */
    public Actor require(HttpRequest<?> request, byte[] body) {
        return find(request, body).orElseThrow(() -> new UnauthorizedProblem(request.getHeaders().contains("Authorization")
                ? "These credentials are not valid: check the username and password, or get a new token."
                : "This needs credentials: HTTP Basic with a staff account of this node, or a bearer token from POST /api/tokens;"
                        + " a city's staff propose from their own node's staff pages."));
    }

    /** The actor of the request, if it has credentials; a forwarded request whose node cannot prove it is refused. */
    public Optional<Actor> find(HttpRequest<?> request, byte[] body) {
        String node = request.getHeaders().get(HubClient.NODE);
        if (node != null) {
            return Optional.of(forwarded(request, node, body));
        }
        return authenticator.authenticate(request).map(this::local);
    }

    /** A staff member of this node as an actor. */
    public Actor local(Staff staff) {
        return new Actor(staff.username(), identity.nodeIri(), staff.role());
    }

    private Actor forwarded(HttpRequest<?> request, String node, byte[] body) {
        String staff = request.getHeaders().get(HubClient.STAFF);
        String nonce = request.getHeaders().get(HubClient.PROOF);
        URI url;
        try {
            url = URI.create(node.strip());
        } catch (IllegalArgumentException e) {
            throw new ForbiddenProblem("Cailloux-Node is not a node's URL.");
        }
        if (peers.byUrl(url).isEmpty()) {
            throw new ForbiddenProblem("The node " + node + " is not one this hub knows: the network directory has not approved it.");
        }
        if (staff == null || !staff.matches("[a-z0-9._-]{2,64}") || nonce == null || !nonce.matches("[A-Za-z0-9_-]{8,128}")) {
            throw new ForbiddenProblem("A forwarded request names its staff member (Cailloux-Staff) and carries a proof (Cailloux-Node-Proof).");
        }
        String expected = NodeProofs.digest(request.getMethodName(), request.getPath(), body);
        String answered;
        try {
            HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(peers.byUrl(url).get().url()
                    .resolve("vocabulary/proofs/" + nonce)).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            answered = response.statusCode() == 200 ? response.body().strip() : null;
        } catch (IOException e) {
            answered = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answered = null;
        }
        if (!expected.equals(answered)) {
            throw new ForbiddenProblem("The node " + node + " did not confirm this request: it was not sent by that node.");
        }
        return new Actor(staff, peers.byUrl(url).get().nodeIri(), Role.EDITOR);
    }
}
