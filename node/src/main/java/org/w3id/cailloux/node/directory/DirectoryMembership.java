package org.w3id.cailloux.node.directory;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.peers.Peer;
import org.w3id.cailloux.node.peers.PeerRegistry;

/**
 * On a node with {@code cailloux.directory} set to the directory's URL: registers the node there
 * when it starts, and reads the approved nodes at a fixed delay ({@code cailloux.directory-refresh},
 * default 60 s), adding them to the peers. A node that joins later thus appears without restarts.
 */
@Singleton
// A URL, not only a key present: CAILLOUX_DIRECTORY_MODE is also read as cailloux.directory.mode, under cailloux.directory
@Requires(property = "cailloux.directory", pattern = "https?://.+")
public class DirectoryMembership implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryMembership.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final URI directory;
    private final NodeIdentity identity;
    private final PeerRegistry registry;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    DirectoryMembership(@Value("${cailloux.directory}") String directory, NodeIdentity identity, PeerRegistry registry,
                        JsonMapper json) {
        this.directory = URI.create(directory.endsWith("/") ? directory : directory + "/");
        this.identity = identity;
        this.registry = registry;
        this.json = json;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        try {
            byte[] body = json.writeValueAsBytes(Map.of("url", identity.baseUri(), "city", identity.city()));
            HttpRequest request = HttpRequest.newBuilder(directory.resolve("network/nodes")).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            // Registration must not hold up the node's start: the answer is only logged
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                if (error != null || response.statusCode() >= 300) {
                    LOG.warn("Could not register with the directory {}: {}", directory,
                            error != null ? error.toString() : "HTTP " + response.statusCode());
                } else {
                    LOG.info("Registered with the directory {} (an admin there approves new nodes)", directory);
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not register with the directory {}: {}", directory, e.toString());
        }
    }

    /** Reads the directory's approved nodes and adds them to the peers. */
    @Scheduled(fixedDelay = "${cailloux.directory-refresh:60s}", initialDelay = "1s")
    public void refresh() {
        try {
            HttpRequest request = HttpRequest.newBuilder(directory.resolve("network/nodes")).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                LOG.warn("The directory {} answered HTTP {}", directory, response.statusCode());
                return;
            }
            Map<String, Object> answer = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
            List<Peer> approved = new ArrayList<>();
            if (answer.get("nodes") instanceof List<?> nodes) {
                for (Object node : nodes) {
                    if (node instanceof Map<?, ?> entry && entry.get("url") instanceof String url
                            && !url.equals(identity.baseUri())) {
                        approved.add(new Peer(String.valueOf(entry.get("city")), URI.create(url), Peer.Origin.DIRECTORY));
                    }
                }
            }
            registry.replaceApproved(approved);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the directory {}: {}", directory, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
