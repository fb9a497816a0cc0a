package org.w3id.cailloux.node.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.problem.ProblemException;
import org.w3id.cailloux.node.publishing.ExperimentState;
import org.w3id.cailloux.node.publishing.ExperimentStore;
import org.w3id.cailloux.node.publishing.PublishingService;
import org.w3id.cailloux.node.publishing.Revision;
import org.w3id.cailloux.node.publishing.StoredExperiment;
import org.w3id.cailloux.node.publishing.problems.ExperimentNotFoundProblem;

/** {@code /staff/experiments/{slug}/revisions}: every revision, what each changed in words, and restore. */
@Controller("/staff/experiments/{slug}/revisions")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RevisionsController {

    private final StaffSessions sessions;
    private final ExperimentStore store;
    private final PublishingService publishing;
    private final RecordTitles records;
    private final RevisionDiff diff;

    RevisionsController(StaffSessions sessions, ExperimentStore store, PublishingService publishing, RecordTitles records,
                        ConceptChoices choices) {
        this.sessions = sessions;
        this.store = store;
        this.publishing = publishing;
        this.records = records;
        this.diff = new RevisionDiff(choices);
    }

    /** One revision as the page shows it, newest first. */
    public record Entry(int number, String state, String author, String when, List<String> changes, boolean current,
                        boolean restorable) {}

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> history(HttpRequest<?> request, @PathVariable String slug,
                                              @Nullable @QueryValue Integer restored, @Nullable @QueryValue Boolean deleted) {
        SignedIn signedIn = sessions.require(request);
        StoredExperiment current = store.find(slug)
                .orElseThrow(() -> new ExperimentNotFoundProblem("No experiment has the slug '" + slug + "'."));
        List<Entry> entries = new ArrayList<>();
        Map<String, Object> previous = Map.of();
        // A deleted experiment keeps the title it had, and a restore after a deletion is compared with the
        // version that was deleted
        Map<String, Object> lastLive = Map.of();
        String title = slug;
        for (Revision summary : store.revisions(slug)) {
            Revision revision = store.revision(slug, summary.number()).orElseThrow();
            Map<String, Object> json = records.json(slug, revision.record());
            List<String> changes;
            if (revision.state() == ExperimentState.DELETED) {
                changes = List.of("expérimentation supprimée");
            } else if (revision.number() == 1) {
                changes = List.of("création");
            } else if (previous.isEmpty()) {
                changes = new ArrayList<>(List.of("expérimentation rétablie après sa suppression"));
                changes.addAll(diff.changes(lastLive, json));
            } else {
                changes = new ArrayList<>(diff.changes(previous, json));
                if (changes.isEmpty()) {
                    changes.add("aucun changement du contenu");
                }
            }
            boolean isCurrent = revision.number() == current.revision();
            entries.add(new Entry(revision.number(), WebText.state(revision.state().code()), revision.author(),
                    WebText.dateTime(revision.createdAt()), changes, isCurrent,
                    !isCurrent && revision.state() != ExperimentState.DELETED));
            if (revision.state() != ExperimentState.DELETED) {
                lastLive = json;
                title = RecordTitles.title(json, slug);
            }
            previous = json;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("signedIn", signedIn);
        model.put("slug", slug);
        model.put("title", title);
        model.put("state", WebText.state(current.state().code()));
        model.put("entries", entries.reversed());
        model.put("restored", restored);
        model.put("deleted", Boolean.TRUE.equals(deleted) && current.state() == ExperimentState.DELETED);
        return new ModelAndView<>("staff/revisions", model);
    }

    @Post("/{number}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> restore(HttpRequest<?> request, @PathVariable String slug, @PathVariable int number,
                            @Nullable @Body Map<String, String> form) {
        SignedIn signedIn = sessions.requireForm(request, form == null ? null : form.get("csrf"));
        StoredExperiment restored = publishing.restore(slug, number, signedIn.username(), "fr");
        return HttpResponse.seeOther(URI.create("/staff/experiments/" + slug + "/revisions?restored=" + number
                + "#revision-" + restored.revision()));
    }

    @SuppressWarnings("unchecked")
    @Error(exception = ProblemException.class)
    HttpResponse<?> problem(ProblemException problem) {
        return WebErrors.problemPage(problem);
    }
}
