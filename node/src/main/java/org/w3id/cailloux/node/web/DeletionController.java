package org.w3id.cailloux.node.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.w3id.cailloux.node.problem.ProblemException;
import org.w3id.cailloux.node.publishing.ExperimentState;
import org.w3id.cailloux.node.publishing.ExperimentStore;
import org.w3id.cailloux.node.publishing.PublishingService;
import org.w3id.cailloux.node.publishing.StoredExperiment;
import org.w3id.cailloux.node.publishing.problems.ExperimentNotFoundProblem;
import org.w3id.cailloux.node.publishing.problems.PreconditionFailedProblem;

/**
 * {@code /staff/experiments/{slug}/delete}: a page that says what deleting does and asks to confirm, then the
 * deletion through {@link PublishingService#delete}, a tombstone revision that the history can restore.
 */
@Controller("/staff/experiments/{slug}/delete")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DeletionController {

    private final StaffSessions sessions;
    private final ExperimentStore store;
    private final PublishingService publishing;
    private final RecordTitles titles;

    DeletionController(StaffSessions sessions, ExperimentStore store, PublishingService publishing, RecordTitles titles) {
        this.sessions = sessions;
        this.store = store;
        this.publishing = publishing;
        this.titles = titles;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> confirm(HttpRequest<?> request, @PathVariable String slug) {
        SignedIn signedIn = sessions.require(request);
        StoredExperiment current = find(slug);
        if (current.state() == ExperimentState.DELETED) {
            return HttpResponse.seeOther(URI.create("/staff/experiments/" + slug + "/revisions"));
        }
        return page(HttpStatus.OK, signedIn, current, null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> delete(HttpRequest<?> request, @PathVariable String slug, @Nullable @Body Map<String, String> form) {
        Map<String, String> fields = form == null ? Map.of() : form;
        SignedIn signedIn = sessions.requireForm(request, fields.get("csrf"));
        try {
            publishing.delete(slug, fields.get("etag"), signedIn.username());
        } catch (PreconditionFailedProblem e) {
            return page(HttpStatus.PRECONDITION_FAILED, signedIn, find(slug),
                    "Quelqu'un a enregistré cette expérimentation pendant que vous lisiez cette page : rien n'a été supprimé. "
                            + "Relisez la version actuelle ci-dessous avant de confirmer.");
        }
        return HttpResponse.seeOther(URI.create("/staff/experiments/" + slug + "/revisions?deleted=true"));
    }

    @Error(exception = ProblemException.class)
    HttpResponse<?> problem(ProblemException problem) {
        return WebErrors.problemPage(problem);
    }

    private StoredExperiment find(String slug) {
        return store.find(slug).orElseThrow(() -> new ExperimentNotFoundProblem("No experiment has the slug '" + slug + "'."));
    }

    private HttpResponse<?> page(HttpStatus status, SignedIn signedIn, StoredExperiment current, String refusal) {
        Map<String, Object> model = new HashMap<>();
        model.put("signedIn", signedIn);
        model.put("slug", current.slug());
        model.put("title", titles.title(current.slug(), current.record()));
        model.put("state", current.state().code());
        model.put("stateLabel", WebText.state(current.state().code()));
        model.put("revision", current.revision());
        model.put("etag", current.etag());
        model.put("refusal", refusal);
        return HttpResponse.status(status).body(new ModelAndView<>("staff/delete", model)).contentType(MediaType.TEXT_HTML_TYPE);
    }
}
