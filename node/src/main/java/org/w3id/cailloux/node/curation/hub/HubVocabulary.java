package org.w3id.cailloux.node.curation.hub;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.curation.change.Delta;
import org.w3id.cailloux.node.curation.distribution.VocabularyFeed;
import org.w3id.cailloux.node.curation.distribution.VocabularyInstaller;
import org.w3id.cailloux.node.curation.review.Reviewer;
import org.w3id.cailloux.node.curation.store.CurationStore;
import org.w3id.cailloux.node.curation.store.Release;
import org.w3id.cailloux.node.publishing.record.RecordCodec;
import org.w3id.cailloux.node.vocabulary.LiveVocabulary;

/**
 * The hub's own copy of what it publishes: at its first start it takes the vocabulary shipped with the node as release
 * 1.0.0; whenever a release is made or the candidates change, it takes them up itself (as every node does) and
 * announces them on its feed, from which the other nodes take them up.
 */
@Singleton
@Requires(property = "cailloux.vocabulary.hub", value = "true")
public class HubVocabulary implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(HubVocabulary.class);

    private final CurationStore store;
    private final VocabularyInstaller installer;
    private final VocabularyFeed feed;
    private final NodeIdentity identity;
    private final LiveVocabulary live;
    private final Reviewer reviewer;
    private volatile Published published;

    /** What the hub publishes now: the latest release's version and the candidates. */
    public record Published(String version, Candidates candidates) {}

    HubVocabulary(CurationStore store, VocabularyInstaller installer, VocabularyFeed feed, NodeIdentity identity, LiveVocabulary live,
                  Reviewer reviewer) {
        this.store = store;
        this.installer = installer;
        this.feed = feed;
        this.identity = identity;
        this.live = live;
        this.reviewer = reviewer;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        store.inTransaction(tx -> {
            tx.lockReleases();
            if (tx.releases(false).isEmpty()) {
                Graph shipped = live.shipped().graph();
                tx.insertRelease(new Release(live.shipped().version(), null, Instant.now(), "hub", "The vocabulary shipped with"
                        + " the node, taken as the first release.", RecordCodec.encode(shipped), RecordCodec.encode(Delta.stable(shipped)), ""));
                tx.audit("hub", identity.nodeIri(), "released", null, live.shipped().version(), "first start: the shipped vocabulary");
                LOG.info("Vocabulary hub: first start, the shipped vocabulary {} is release {}", live.shipped().version(), live.shipped().version());
            }
            return null;
        });
        publish();
    }

    /** Takes up the latest release with the current candidates on this node and announces them to the network. */
    public synchronized Published publish() {
        Release latest = store.inTransaction(Releases::latest);
        Graph release = RecordCodec.decode(latest.content());
        Candidates candidates = store.inTransaction(tx -> Candidates.of(release, tx.list(CurationStore.Filter.ALL),
                id -> identity.baseUri() + "vocabulary/proposals/" + id));
        VocabularyInstaller.Outcome outcome = installer.install(release, candidates.graph(), candidates.tag(), candidates.count(),
                "hub " + identity.nodeIri(), severities());
        if (outcome.refusal() != null) {
            LOG.error("The hub could not take up its own release {}: {}", latest.version(), outcome.refusal());
        }
        published = new Published(latest.version(), candidates);
        feed.announce(latest.version(), candidates.tag());
        return published;
    }

    /** What the hub publishes now. */
    public Published published() {
        Published p = published;
        return p != null ? p : publish();
    }

    /** The severities in force, by check id: the coordinators' where set, else each check's default. */
    public Map<String, String> severities() {
        Map<String, String> set = store.inTransaction(CurationStore.Tx::severities);
        Map<String, String> all = new LinkedHashMap<>();
        reviewer.checks().forEach(c -> all.put(c.id(), set.getOrDefault(c.id(), c.defaultSeverity().code())));
        return all;
    }
}
