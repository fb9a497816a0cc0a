package org.w3id.cailloux.node.health;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.w3id.cailloux.node.NodeSettings;
import org.w3id.cailloux.node.curation.CurationSettings;
import org.w3id.cailloux.node.curation.distribution.HubFollower;
import org.w3id.cailloux.node.federation.ChangeFeed;
import org.w3id.cailloux.node.federation.PeerChanges;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.node.peers.Peer;
import org.w3id.cailloux.node.peers.PeerRegistry;
import org.w3id.cailloux.node.peers.PeerStatus;
import org.w3id.cailloux.node.publishing.ExperimentStore;
import org.w3id.cailloux.node.vocabulary.LiveVocabulary;

/**
 * The node's health. {@code GET /health} (and {@code /health/readiness}): is the node ready to answer? 200 (UP) once
 * its start-up work is done, its database answers and its query index is in step with it; 503 otherwise: STARTING,
 * DOWN (the database does not answer) or DEGRADED (the index is behind PostgreSQL after a failed write and is being
 * rebuilt: queries may miss recent changes), with why; the index's lag, the peers and the change feeds are reported,
 * not judged (a node whose peers are down still answers for itself). {@code GET /health/liveness}: should the process
 * be restarted? 503 only when it cannot recover by itself (the thread that applies writes to the index has died).
 * Hand-written rather than Micronaut Management's health endpoint: the brief's contract is this body at
 * {@code /health}, which that endpoint's aggregated format would change for every client.
 */
@Controller("/health")
public class HealthController {

    private final ExperimentStore store;
    private final LiveVocabulary vocabulary;
    private final NodeSettings settings;
    private final Readiness readiness;
    private final BeanProvider<HubFollower> follower;
    private final CurationSettings curation;
    private final QueryIndex index;
    private final PeerRegistry peers;
    private final PeerChanges peerChanges;
    private final ChangeFeed feed;

    HealthController(ExperimentStore store, LiveVocabulary vocabulary, NodeSettings settings, Readiness readiness,
                     BeanProvider<HubFollower> follower, CurationSettings curation, QueryIndex index,
                     PeerRegistry peers, PeerChanges peerChanges, ChangeFeed feed) {
        this.follower = follower;
        this.index = index;
        this.curation = curation;
        this.readiness = readiness;
        this.store = store;
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.peers = peers;
        this.peerChanges = peerChanges;
        this.feed = feed;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Map<String, Object>> health() {
        return readiness();
    }

    @Get("/readiness")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Map<String, Object>> readiness() {
        OptionalLong lastChange = lastChange();
        boolean databaseUp = lastChange.isPresent();
        Optional<QueryIndex.Behind> behind = index.behind();
        boolean up = databaseUp && readiness.isReady() && behind.isEmpty();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", !databaseUp ? "DOWN" : !readiness.isReady() ? "STARTING" : behind.isPresent() ? "DEGRADED" : "UP");
        body.put("city", settings.getCity());
        body.put("database", databaseUp ? "UP" : "DOWN");
        Map<String, Object> indexState = new LinkedHashMap<>();
        indexState.put("status", behind.isPresent() ? "BEHIND" : "UP");
        long applied = index.appliedWatermark();
        indexState.put("watermark", applied);
        // Changes committed to PostgreSQL that queries do not see yet (written a moment ago, or missed until a rebuild)
        if (databaseUp && applied >= 0) {
            indexState.put("lag", Math.max(0, lastChange.getAsLong() - applied));
        }
        behind.ifPresent(b -> {
            indexState.put("behindSince", b.since().toString());
            indexState.put("reason", b.reason());
            indexState.put("recovery", "rebuilding from PostgreSQL, retried until it succeeds");
        });
        body.put("index", indexState);
        body.put("vocabularyVersion", vocabulary.current().version());
        body.put("vocabularyVersionIri", vocabulary.current().versionIri());
        // Which hub the vocabulary comes from and whether it is heard: a node cut off from it says which version it keeps
        body.put("vocabularyHub", curation.isHub() ? Map.of("hub", "this node")
                : follower.isPresent() ? follower.get().status() : null);
        body.put("peers", peerStates());
        body.put("changeFeed", Map.of("subscribers", feed.subscribers()));
        return HttpResponse.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    @Get("/liveness")
    HttpResponse<Map<String, Object>> liveness() {
        boolean alive = index.writerAlive();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", alive ? "UP" : "DOWN");
        if (!alive) {
            body.put("reason", "the thread that applies writes to the query index has stopped; restart the node");
        }
        return HttpResponse.status(alive ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    private List<Map<String, Object>> peerStates() {
        List<Map<String, Object>> states = new ArrayList<>();
        for (Peer peer : peers.peers()) {
            PeerStatus status = peers.status(peer);
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("url", peer.url().toString());
            state.put("status", status.state().toUpperCase(Locale.ROOT));
            if (status.lastSeen() != null) {
                state.put("lastSeen", status.lastSeen().toString());
            }
            if (status.lastError() != null) {
                state.put("lastError", status.lastError());
            }
            state.put("changeFeed", peerChanges.isLive(peer) ? "LIVE" : "NOT_LIVE");
            states.add(state);
        }
        return states;
    }

    /** The database's last change, or empty when it does not answer. */
    private OptionalLong lastChange() {
        try {
            return OptionalLong.of(store.lastChange());
        } catch (RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
