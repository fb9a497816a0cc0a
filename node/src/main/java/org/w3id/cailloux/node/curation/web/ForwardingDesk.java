package org.w3id.cailloux.node.curation.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.curation.HubClient;
import org.w3id.cailloux.node.curation.problems.ForwardedProblem;
import org.w3id.cailloux.node.curation.problems.HubUnreachableProblem;
import org.w3id.cailloux.node.security.Staff;

/** The staff pages' proposals on a city node: each request forwarded to the hub in this node's name ({@link HubClient}). */
@Singleton
@Requires(property = "cailloux.vocabulary.hub", notEquals = "true")
class ForwardingDesk implements ProposalDesk {

    private final HubClient hub;
    private final JsonMapper json;
    private final NodeIdentity identity;

    ForwardingDesk(HubClient hub, JsonMapper json, NodeIdentity identity) {
        this.hub = hub;
        this.json = json;
        this.identity = identity;
    }

    @Override
    public boolean local() {
        return false;
    }

    @Override
    public String hubUrl() {
        return hub.hubUrl();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> mine(Staff staff, String language) {
        Map<String, Object> answer = send("GET", "/vocabulary/proposals?proposer=" + encode(staff.username()) + "&node="
                + encode(identity.nodeIri()), null, staff, language);
        return (List<Map<String, Object>>) answer.getOrDefault("proposals", List.of());
    }

    @Override
    public Map<String, Object> view(Staff staff, long id, String language) {
        return send("GET", "/vocabulary/proposals/" + id, null, staff, language);
    }

    @Override
    public Map<String, Object> impact(Staff staff, long id, String language) {
        return send("GET", "/vocabulary/proposals/" + id + "/impact", null, staff, language);
    }

    @Override
    public Map<String, Object> propose(Staff staff, Map<String, Object> body, String language) {
        return send("POST", "/vocabulary/proposals", body, staff, language);
    }

    @Override
    public void comment(Staff staff, long id, String text, String language) {
        send("POST", "/vocabulary/proposals/" + id + "/comments", Map.of("text", text == null ? "" : text), staff, language);
    }

    @Override
    public void proposerAction(Staff staff, long id, String action, String language) {
        send("POST", "/vocabulary/proposals/" + id + "/" + ("submit".equals(action) ? "submit" : "withdraw"), Map.of(), staff, language);
    }

    private Map<String, Object> send(String method, String path, Map<String, Object> body, Staff staff, String language) {
        try {
            byte[] bytes = body == null ? null : json.writeValueAsBytes(body);
            HubClient.Answer answer = hub.send(method, path, bytes, staff.username(), language);
            Map<String, Object> parsed = answer.body().length == 0 ? Map.of()
                    : json.readValue(answer.body(), Argument.mapOf(String.class, Object.class));
            if (answer.status() >= 400) {
                throw new ForwardedProblem(answer.status(), parsed);
            }
            return parsed;
        } catch (IOException e) {
            throw new HubUnreachableProblem("The vocabulary hub's answer could not be read; nothing was changed here.");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
