package org.w3id.cailloux.node.research;

import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.w3id.cailloux.node.federation.PeerChanges;
import org.w3id.cailloux.node.peers.Peer;

/**
 * The state of each peer's data: the last token of its change feed while the feed is live (no request at all), else
 * the entity tag of its VoID description (which changes with every write on a Cailloux node), asked with a
 * conditional request so that an unchanged peer answers 304 without making its description. Only registered peers
 * are asked, redirects are not followed.
 */
@Singleton
public class PeerDataVersions {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final PeerChanges changes;

    PeerDataVersions(PeerChanges changes) {
        this.changes = changes;
    }

    /**
     * Each peer's current tag by node IRI, asked with the tag {@code known} gives it, if any (an unchanged peer answers
     * 304); a peer that does not answer, or gives no tag, maps to null.
     */
    public Map<String, String> current(List<Peer> peers, Map<String, String> known) {
        Map<String, String> tags = new HashMap<>();
        List<Peer> unfed = new ArrayList<>();
        for (Peer peer : peers) {
            String token = changes.token(peer);
            if (token != null) {
                // A VoID request per view of a search page, under a lock, made searches queue behind a slow peer
                tags.put(peer.nodeIri(), "feed " + token);
            } else {
                unfed.add(peer);
            }
        }
        tags.putAll(ask(unfed, known));
        return tags;
    }

    private Map<String, String> ask(List<Peer> peers, Map<String, String> known) {
        Map<String, CompletableFuture<String>> asked = new HashMap<>();
        for (Peer peer : peers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(peer.voidDescription()).timeout(TIMEOUT)
                    .header("Accept", "text/turtle").GET();
            String tag = known.get(peer.nodeIri());
            if (tag != null && !tag.startsWith("feed ")) {
                request.header("If-None-Match", tag);
            }
            asked.put(peer.nodeIri(), http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                    .thenApply(response -> switch (response.statusCode()) {
                        case 304 -> tag;
                        case 200 -> response.headers().firstValue("ETag").orElse(null);
                        default -> null;
                    })
                    .exceptionally(error -> null));
        }
        Map<String, String> tags = new HashMap<>();
        asked.forEach((iri, tag) -> tags.put(iri, tag.join()));
        return tags;
    }
}
