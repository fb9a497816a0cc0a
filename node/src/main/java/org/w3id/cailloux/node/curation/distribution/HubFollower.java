package org.w3id.cailloux.node.curation.distribution;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.node.curation.CurationSettings;
import org.w3id.cailloux.node.peers.EventStream;
import org.w3id.cailloux.node.rdf.StrictErrorHandler;
import org.w3id.cailloux.node.vocabulary.LiveVocabulary;
import org.w3id.cailloux.node.vocabulary.SemanticVersion;

/**
 * On a node that follows a hub ({@link CurationSettings#getHubUrl()}): listens to the hub's feed
 * ({@link VocabularyFeed}) and, when it names a later release or other candidates, fetches them and takes them up
 * ({@link VocabularyInstaller}). The feed is reopened after 1 s, then twice as long each time it fails, up to 30 s;
 * meanwhile the node keeps the vocabulary it runs, and {@link #status()} says which and why.
 */
@Singleton
@Requires(property = "cailloux.vocabulary.hub", notEquals = "true")
public class HubFollower implements ApplicationEventListener<ServerStartupEvent>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HubFollower.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final long SILENCE_NANOS = VocabularyFeed.HEARTBEAT.multipliedBy(3).toNanos();

    private final URI hub;
    private final VocabularyInstaller installer;
    private final LiveVocabulary live;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("hub-follower").factory());
    private final ExecutorService uptake = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("hub-uptake").factory());
    private volatile EventStream listener;
    private volatile boolean closed;
    private volatile Instant lastHeard;
    private volatile String lastError;
    private volatile String announced;
    private volatile String refused;
    private Duration retry = Duration.ofSeconds(1);

    HubFollower(CurationSettings settings, VocabularyInstaller installer, LiveVocabulary live, JsonMapper json) {
        String url = settings.getHubUrl();
        this.hub = url == null ? null : URI.create(url);
        this.installer = installer;
        this.live = live;
        this.json = json;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (hub != null) {
            open();
            timer.scheduleWithFixedDelay(this::reopenIfSilent, 1, 1, TimeUnit.SECONDS);
        }
    }

    /** Whom the node follows, whether it hears from it, what it took up last, and the last error. */
    public Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("hub", hub == null ? null : hub.toString());
        EventStream l = listener;
        status.put("connected", l != null && l.heard() && !l.silentFor(SILENCE_NANOS));
        status.put("lastHeard", lastHeard == null ? null : lastHeard.toString());
        status.put("announced", announced);
        status.put("version", live.current().version());
        status.put("lastError", lastError);
        return status;
    }

    private synchronized void open() {
        if (closed) {
            return;
        }
        EventStream l = new EventStream(this::heard, this::ended);
        listener = l;
        HttpRequest request = HttpRequest.newBuilder(hub.resolve("vocabulary/feed")).header("Accept", "text/event-stream").GET().build();
        http.sendAsync(request, info -> info.statusCode() == 200
                        ? HttpResponse.BodySubscribers.fromLineSubscriber(l)
                        : HttpResponse.BodySubscribers.replacing(null))
                .whenComplete((response, error) -> ended(l, error != null ? error.toString()
                        : response.statusCode() != 200 ? "HTTP " + response.statusCode() + " from " + hub + "vocabulary/feed" : "closed by the hub"));
    }

    private synchronized void ended(EventStream l, String why) {
        if (listener != l || closed) {
            return;
        }
        listener = null;
        l.cancel();
        lastError = "feed of the hub: " + why;
        Duration wait = l.heard() ? Duration.ofSeconds(1) : retry;
        retry = l.heard() ? Duration.ofSeconds(2) : min(retry.multipliedBy(2), Duration.ofSeconds(30));
        LOG.info("The vocabulary hub's feed ended ({}); this node keeps vocabulary {} and listens again in {} s", why,
                live.current().version(), wait.toSeconds());
        timer.schedule(this::open, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void reopenIfSilent() {
        EventStream l = listener;
        if (l != null && l.silentFor(SILENCE_NANOS)) {
            ended(l, "nothing heard for " + VocabularyFeed.HEARTBEAT.multipliedBy(3).toSeconds() + " s");
        }
    }

    /** An event of the feed: the hub's announcement, heard now. */
    private void heard(String data) {
        lastHeard = Instant.now();
        retry = Duration.ofSeconds(1);
        announced(data);
    }

    /** An announcement: takes up what it names unless the node runs it already. */
    private void announced(String data) {
        announced = data;
        if (data.equals(refused)) {
            return; // the heartbeat repeats an announcement already refused: asked again only when the hub announces another
        }
        uptake.execute(() -> {
            try {
                Map<String, Object> a = json.readValue(data, Argument.mapOf(String.class, Object.class));
                String version = String.valueOf(a.get("version"));
                String tag = String.valueOf(a.get("candidates"));
                String current = live.current().version();
                boolean later = SemanticVersion.isValid(version) && SemanticVersion.isValid(current)
                        && SemanticVersion.parse(version).compareTo(SemanticVersion.parse(current)) > 0;
                if (!later && !(version.equals(current) && !tag.equals(installer.candidatesTag()))) {
                    return;
                }
                Graph release = rdf("vocabulary/versions/" + version);
                Fetched candidates = candidates();
                VocabularyInstaller.Outcome outcome = installer.install(release, candidates.graph(), candidates.tag(),
                        candidates.count(), "hub " + hub, severities());
                lastError = outcome.refusal() == null ? null : "release " + version + " refused: " + outcome.refusal();
                refused = outcome.refusal() == null ? null : data;
            } catch (IOException | RuntimeException e) {
                lastError = "taking up " + data + ": " + e.getMessage();
                LOG.warn("Could not take up the hub's announcement {}: {}; the node keeps vocabulary {}", data, e.toString(),
                        live.current().version());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private record Fetched(Graph graph, String tag, int count) {}

    private Fetched candidates() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get("vocabulary/candidates", "application/n-triples");
        Graph graph = parse(response.body(), "vocabulary/candidates");
        String tag = response.headers().firstValue("ETag").orElse("").replace("\"", "");
        int count = response.headers().firstValue("Cailloux-Candidates").map(Integer::parseInt).orElse(0);
        return new Fetched(graph, tag, count);
    }

    private Graph rdf(String path) throws IOException, InterruptedException {
        return parse(get(path, "application/n-triples").body(), path);
    }

    private Map<String, String> severities() throws IOException, InterruptedException {
        Map<String, Object> checks = json.readValue(get("vocabulary/checks", "application/json").body(),
                Argument.mapOf(String.class, Object.class));
        Map<String, String> severities = new LinkedHashMap<>();
        if (checks.get("checks") instanceof Iterable<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("id") instanceof String id && m.get("severity") instanceof String s) {
                    severities.put(id, s);
                }
            }
        }
        return severities;
    }

    private HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(hub.resolve(path)).timeout(TIMEOUT)
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + hub.resolve(path));
        }
        return response;
    }

    private static Graph parse(byte[] body, String what) {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.fromString(new String(body, java.nio.charset.StandardCharsets.UTF_8), Lang.NTRIPLES)
                    .errorHandler(StrictErrorHandler.INSTANCE).parse(graph);
        } catch (RiotException e) {
            throw new IllegalStateException(what + " from the hub does not parse: " + e.getMessage(), e);
        }
        return graph;
    }

    @PreDestroy
    @Override
    public void close() {
        closed = true;
        EventStream l = listener;
        if (l != null) {
            l.cancel();
        }
        timer.shutdownNow();
        uptake.shutdownNow();
        http.shutdownNow();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
