package org.w3id.cailloux.node.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.w3id.cailloux.node.federation.ChangeFeed;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.node.peers.PeerRegistry;

/**
 * The node's own meters beside Micronaut's (HTTP requests by route, JVM, connection pool): the query index's
 * state, the peers by status, the change feed's subscribers. Micronaut binds every {@link MeterBinder} bean. The
 * beans measured are looked up when a scrape reads them: the meter registry is made before the database pool (which
 * it measures), and these beans need the pool.
 */
@Singleton
public class NodeMeters implements MeterBinder {

    private static final String[] PEER_STATES = {"up", "slow", "down", "unknown"};

    private final BeanProvider<QueryIndex> index;
    private final BeanProvider<PeerRegistry> peers;
    private final BeanProvider<ChangeFeed> feed;

    NodeMeters(BeanProvider<QueryIndex> index, BeanProvider<PeerRegistry> peers, BeanProvider<ChangeFeed> feed) {
        this.index = index;
        this.peers = peers;
        this.feed = feed;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("cailloux.index.behind", index, i -> i.get().behind().isPresent() ? 1 : 0)
                .description("1 while the query index is behind PostgreSQL after a failed write, until it is rebuilt").register(registry);
        Gauge.builder("cailloux.index.watermark", index, i -> i.get().appliedWatermark())
                .description("the last database change the query index applied (-1: unknown, a rebuild follows)").register(registry);
        for (String state : PEER_STATES) {
            Gauge.builder("cailloux.peers", peers, p -> p.get().peers().stream().filter(peer -> p.get().status(peer).state().equals(state)).count())
                    .tag("status", state).description("the peers this node federates with, by what they showed last").register(registry);
        }
        Gauge.builder("cailloux.change.feed.subscribers", feed, f -> f.get().subscribers())
                .description("the streams open on this node's change feed (/federation/changes)").register(registry);
    }
}
