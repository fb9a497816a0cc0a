package org.w3id.cailloux.node.directory;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.security.Role;
import org.w3id.cailloux.node.security.Staff;
import org.w3id.cailloux.node.security.StaffAuthenticator;

/**
 * {@code /network/nodes} on a node configured as the network's directory ({@code cailloux.directory-mode: true}):
 * nodes register themselves, an admin approves them, every node reads the approved list.
 */
@Controller("/network/nodes")
@Requires(property = "cailloux.directory-mode", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DirectoryController {

    private final NetworkNodeRepository nodes;
    private final StaffAuthenticator authenticator;
    private final DirectoryPeers peers;

    DirectoryController(NetworkNodeRepository nodes, StaffAuthenticator authenticator, DirectoryPeers peers) {
        this.nodes = nodes;
        this.authenticator = authenticator;
        this.peers = peers;
    }

    /** The approved nodes (everyone); with {@code ?state=pending} or {@code rejected}, for admins. */
    @Get
    Map<String, Object> list(HttpRequest<?> request, @Nullable @QueryValue String state) {
        String wanted = state == null ? "approved" : state;
        if (!wanted.equals("approved")) {
            authenticator.require(request, Role.ADMIN);
        }
        List<Map<String, Object>> list = nodes.findByStateOrderByUrl(wanted).stream().map(DirectoryController::entry).toList();
        return Map.of("nodes", list);
    }

    /** A node registers (or registers again): pending until an admin approves it. */
    @Post
    HttpResponse<Map<String, Object>> register(@Body Map<String, Object> body) {
        String url = normalise(body.get("url") instanceof String s ? s : "");
        String city = body.get("city") instanceof String s ? s.strip() : "";
        if (!url.matches("https?://[^\\s]+/") || city.isEmpty() || city.length() > 200) {
            throw new RegistrationProblem("Send {\"url\": \"https://your-node/\", \"city\": \"Your city\"}: an http(s) URL and a city name.");
        }
        NetworkNode existing = nodes.findById(url).orElse(null);
        if (existing != null) {
            return HttpResponse.ok(entry(existing));
        }
        NetworkNode saved = nodes.save(new NetworkNode(url, city, "pending", null, null, null));
        return HttpResponse.created(entry(saved), URI.create("/network/nodes"));
    }

    /** An admin approves (or, with {@code "decision": "rejected"}, rejects) a registration. */
    @Post("/decision")
    Map<String, Object> decide(HttpRequest<?> request, @Body Map<String, Object> body) {
        Staff admin = authenticator.require(request, Role.ADMIN);
        String url = normalise(body.get("url") instanceof String s ? s : "");
        String decision = body.get("decision") instanceof String s ? s : "approved";
        if (!decision.equals("approved") && !decision.equals("rejected")) {
            throw new RegistrationProblem("decision is approved or rejected.");
        }
        NetworkNode node = nodes.findById(url)
                .orElseThrow(() -> new RegistrationProblem("No node registered with the URL " + url + "."));
        NetworkNode decided = nodes.update(new NetworkNode(node.url(), node.city(), decision, node.registeredAt(), Instant.now(), admin.username()));
        peers.refresh();
        return entry(decided);
    }

    private static Map<String, Object> entry(NetworkNode node) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("url", node.url());
        entry.put("city", node.city());
        entry.put("state", node.state());
        entry.put("registeredAt", node.registeredAt() == null ? null : node.registeredAt().toString());
        return entry;
    }

    private static String normalise(String url) {
        String stripped = url.strip();
        return stripped.isEmpty() || stripped.endsWith("/") ? stripped : stripped + "/";
    }
}
