package org.w3id.cailloux.node.curation.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.Map;
import org.w3id.cailloux.node.curation.CurationActors;
import org.w3id.cailloux.node.curation.hub.Releases;
import org.w3id.cailloux.node.curation.store.Release;
import org.w3id.cailloux.node.problem.ProblemException;
import org.w3id.cailloux.node.web.SignedIn;
import org.w3id.cailloux.node.web.StaffSessions;
import org.w3id.cailloux.node.web.WebErrors;

/** The coordinators' forms on the hub: a decision on a proposal, a release. Each carries the session's CSRF token. */
@Controller("/staff")
@Requires(property = "cailloux.vocabulary.hub", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
public class StaffCurationController {

    private final StaffSessions sessions;
    private final LocalDesk desk;
    private final Releases releases;
    private final CurationActors actors;

    StaffCurationController(StaffSessions sessions, LocalDesk desk, Releases releases, CurationActors actors) {
        this.sessions = sessions;
        this.desk = desk;
        this.releases = releases;
        this.actors = actors;
    }

    @Post("/proposals/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decide(HttpRequest<?> request, long id, @Nullable @Body Map<String, String> form) {
        SignedIn signedIn = sessions.requireForm(request, form == null ? null : form.get("csrf"));
        desk.decide(signedIn.staff(), id, form.get("decision"), form.get("reason"), "fr");
        return HttpResponse.seeOther(URI.create(StaffProposalsController.back(id, form) + "?decided=" + form.get("decision")));
    }

    @Post("/releases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> release(HttpRequest<?> request, @Nullable @Body Map<String, String> form) {
        SignedIn signedIn = sessions.requireForm(request, form == null ? null : form.get("csrf"));
        String version = form.get("version");
        Release made = releases.release(actors.local(signedIn.staff()), version == null || version.isBlank() ? null : version,
                form.get("note"));
        return HttpResponse.seeOther(URI.create("/vocabulary/versions/" + made.version()));
    }

    @io.micronaut.http.annotation.Error(exception = ProblemException.class)
    HttpResponse<?> problem(ProblemException problem) {
        return WebErrors.problemPage(problem);
    }
}
