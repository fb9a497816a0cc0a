package org.w3id.cailloux.node.federation;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.node.peers.EventStream;
import org.w3id.cailloux.node.peers.Peer;
import org.w3id.cailloux.node.peers.PeerRegistry;

/**
 * The change feeds of the peers this node federates ({@link ChangeFeed}, their {@code /federation/changes}): one
 * stream per peer, opened the first time the peer's token is asked for and kept open. A feed is live while it is
 * heard from (a heartbeat a second); one that ends, fails, or stays silent for three heartbeats is opened again,
 * after 1 s, then twice as long each time it fails again, up to 30 s; meanwhile the peer has no token. The feed of
 * a peer no longer registered is closed.
 */
@Singleton
public class PeerChanges implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PeerChanges.class);
    private static final long SILENCE_NANOS = ChangeFeed.HEARTBEAT.multipliedBy(3).toNanos();
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
    private final PeerRegistry registry;
    private final HttpClient http;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("peer-changes").factory());

    PeerChanges(PeerRegistry registry, FederationSettings settings) {
        this.registry = registry;
        this.http = HttpClient.newBuilder().connectTimeout(settings.getConnectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        timer.scheduleWithFixedDelay(this::watch, 1, 1, TimeUnit.SECONDS);
    }

    /** The token the peer sent last while its feed is live, else null; opens the peer's feed when it has none. */
    public String token(Peer peer) {
        return feeds.computeIfAbsent(peer.nodeIri(), iri -> new Feed(peer)).token();
    }

    /** Whether the peer's feed is open and heard from; does not open it. */
    public boolean isLive(Peer peer) {
        Feed feed = feeds.get(peer.nodeIri());
        return feed != null && feed.token() != null;
    }

    /** Reopens the feeds gone silent, and closes those of peers no longer registered. */
    private void watch() {
        Set<String> registered = registry.peers().stream().map(Peer::nodeIri).collect(Collectors.toSet());
        feeds.forEach((iri, feed) -> {
            if (!registered.contains(iri)) {
                feeds.remove(iri, feed);
                feed.close();
            } else {
                feed.reopenIfSilent();
            }
        });
    }

    @PreDestroy
    @Override
    public void close() {
        timer.shutdownNow();
        feeds.values().forEach(Feed::close);
        http.shutdownNow();
    }

    /** One peer's feed, across the connections it takes. */
    private final class Feed {

        private final Peer peer;
        private volatile Connection connection;
        private volatile boolean closed;
        private Duration retry = FIRST_RETRY;

        Feed(Peer peer) {
            this.peer = peer;
            open();
        }

        String token() {
            Connection c = connection;
            return c == null ? null : c.token();
        }

        private synchronized void open() {
            if (closed) {
                return;
            }
            Connection c = new Connection(this);
            connection = c;
            HttpRequest request = HttpRequest.newBuilder(peer.url().resolve("federation/changes"))
                    .header("Accept", "text/event-stream").GET().build();
            http.sendAsync(request, info -> info.statusCode() == 200
                            ? HttpResponse.BodySubscribers.fromLineSubscriber(c.stream)
                            : HttpResponse.BodySubscribers.replacing(null))
                    .whenComplete((response, error) -> ended(c, error != null ? error.toString()
                            : response.statusCode() != 200 ? "HTTP " + response.statusCode() : "closed by the peer"));
        }

        /** The connection ended (or is given up): no token until the next one is heard from. */
        private synchronized void ended(Connection c, String why) {
            if (connection != c || closed) {
                return;
            }
            connection = null;
            c.cancel();
            if (c.heard()) {
                LOG.info("Change feed of {} ended ({}): its answers are not reused until it is back", peer.nodeIri(), why);
            } else {
                LOG.debug("Change feed of {} not opened ({})", peer.nodeIri(), why);
            }
            Duration wait = c.heard() ? FIRST_RETRY : retry;
            retry = c.heard() ? FIRST_RETRY.multipliedBy(2) : min(retry.multipliedBy(2), LAST_RETRY);
            timer.schedule(this::open, wait.toMillis(), TimeUnit.MILLISECONDS);
        }

        void reopenIfSilent() {
            Connection c = connection;
            if (c != null && c.silent()) {
                ended(c, "nothing heard for " + ChangeFeed.HEARTBEAT.multipliedBy(3).toSeconds() + " s");
            }
        }

        synchronized void close() {
            closed = true;
            Connection c = connection;
            connection = null;
            if (c != null) {
                c.cancel();
            }
        }
    }

    /** One stream of a feed: the last token it gave. */
    private static final class Connection {

        private final EventStream stream;
        private volatile String token;

        Connection(Feed feed) {
            this.stream = new EventStream(data -> token = data, (ended, why) -> feed.ended(this, why));
        }

        String token() {
            String t = token;
            return t != null && !stream.cancelled() && !silent() ? t : null;
        }

        boolean heard() {
            return stream.heard();
        }

        boolean silent() {
            return stream.silentFor(SILENCE_NANOS);
        }

        void cancel() {
            stream.cancel();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
