package org.w3id.cailloux.node.curation.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.Map;
import org.w3id.cailloux.node.publishing.ClientLanguage;
import org.w3id.cailloux.node.security.Role;
import org.w3id.cailloux.node.security.Staff;
import org.w3id.cailloux.node.security.StaffAuthenticator;

/**
 * {@code /api/vocabulary/proposals} on every node: its staff's proposals, for scripts, with this node's credentials.
 * On a city node each call is forwarded to the hub in the node's name; answers are the hub's JSON.
 */
@Controller("/api/vocabulary/proposals")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ApiProposalsController {

    private final StaffAuthenticator authenticator;
    private final ProposalDesk desk;

    ApiProposalsController(StaffAuthenticator authenticator, ProposalDesk desk) {
        this.authenticator = authenticator;
        this.desk = desk;
    }

    @Get
    Map<String, Object> mine(HttpRequest<?> request, @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Staff staff = authenticator.require(request, Role.EDITOR);
        return Map.of("hub", desk.hubUrl(), "proposals", desk.mine(staff, ClientLanguage.of(language)));
    }

    @Post
    HttpResponse<Map<String, Object>> propose(HttpRequest<?> request, @Nullable @Body Map<String, Object> body,
                                              @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Staff staff = authenticator.require(request, Role.EDITOR);
        Map<String, Object> made = desk.propose(staff, body == null ? Map.of() : body, ClientLanguage.of(language));
        return HttpResponse.created(made, URI.create(String.valueOf(made.get("url"))));
    }

    @Get("/{id}")
    Map<String, Object> one(HttpRequest<?> request, long id, @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Staff staff = authenticator.require(request, Role.EDITOR);
        return desk.view(staff, id, ClientLanguage.of(language));
    }

    @Post("/{id}/comments")
    HttpResponse<Map<String, Object>> comment(HttpRequest<?> request, long id, @Nullable @Body Map<String, Object> body,
                                              @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Staff staff = authenticator.require(request, Role.EDITOR);
        desk.comment(staff, id, body != null && body.get("text") instanceof String s ? s : null, ClientLanguage.of(language));
        return HttpResponse.created(desk.view(staff, id, ClientLanguage.of(language)));
    }
}
