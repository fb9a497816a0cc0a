package org.w3id.cailloux.node.home;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.peers.Peer;
import org.w3id.cailloux.node.peers.PeerFacts;
import org.w3id.cailloux.node.peers.PeerRegistry;
import org.w3id.cailloux.node.peers.PeerStatus;
import org.w3id.cailloux.node.vocabulary.LiveVocabulary;

/** {@code GET /}: the node's home page: its city, the city's figures, and the network's peers with their status. */
@Controller
public class HomeController {

    private static final Map<String, String[]> STATES = Map.of(
            "up", new String[] {"répond", "up"},
            "slow", new String[] {"lent", "slow"},
            "down", new String[] {"injoignable", "down"},
            "unknown", new String[] {"pas encore contacté", "not contacted yet"});

    private final NodeIdentity identity;
    private final LiveVocabulary vocabulary;
    private final HomeFigures figures;
    private final PeerRegistry peers;

    HomeController(NodeIdentity identity, LiveVocabulary vocabulary, HomeFigures figures, PeerRegistry peers) {
        this.identity = identity;
        this.vocabulary = vocabulary;
        this.figures = figures;
        this.peers = peers;
    }

    /** A peer as the home page lists it. */
    public record PeerLine(String name, String url, String city, String state, String stateFr, String stateEn,
                           String vocabularyVersion, String lastError) {}

    @Get
    @View("home")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> home() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("city", identity.city());
        model.put("nodeIri", identity.nodeIri());
        model.put("territoryIri", identity.territoryIri());
        model.put("vocabularyVersion", vocabulary.current().version());
        model.put("figures", figures.figures());
        model.put("peers", peerLines());
        return model;
    }

    private List<PeerLine> peerLines() {
        return peers.peers().stream().map(p -> line(p, peers.status(p), peers.facts(p))).toList();
    }

    private static PeerLine line(Peer peer, PeerStatus status, PeerFacts facts) {
        String[] words = STATES.getOrDefault(status.state(), new String[] {status.state(), status.state()});
        return new PeerLine(peer.name(), peer.nodeIri(), facts.city(), status.state(), words[0], words[1],
                facts.vocabularyVersion(), status.lastError());
    }
}
