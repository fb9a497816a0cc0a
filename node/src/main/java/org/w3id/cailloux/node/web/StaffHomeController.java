package org.w3id.cailloux.node.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.publishing.ExperimentSearch;
import org.w3id.cailloux.node.publishing.ExperimentStore;
import org.w3id.cailloux.node.publishing.Revision;

/**
 * {@code GET /staff}: the city's experiments, drafts and published, with their last revision and author; a search box;
 * below, the deleted ones, each leading to the history that can restore it.
 */
@Controller("/staff")
@ExecuteOn(TaskExecutors.BLOCKING)
public class StaffHomeController {

    private static final int PAGE_SIZE = 50;

    private final StaffSessions sessions;
    private final ExperimentSearch search;
    private final ExperimentStore store;
    private final NodeIdentity identity;
    private final ConceptChoices choices;
    private final DeletedExperiments deleted;

    StaffHomeController(StaffSessions sessions, ExperimentSearch search, ExperimentStore store, NodeIdentity identity,
                        ConceptChoices choices, DeletedExperiments deleted) {
        this.choices = choices;
        this.deleted = deleted;
        this.sessions = sessions;
        this.search = search;
        this.store = store;
        this.identity = identity;
    }

    /** One line of the list. */
    public record Row(String slug, String title, String state, String stateLabel, String status, int revision, String author, String updated) {}

    @Get
    @Produces(MediaType.TEXT_HTML)
    @SuppressWarnings("unchecked")
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue Integer page) {
        SignedIn signedIn = sessions.require(request);
        int number = page == null || page < 1 ? 1 : page;
        Map<String, Object> found = search.search(new ExperimentSearch.Criteria(q, null, null, null, number, PAGE_SIZE), true);
        List<Row> rows = ((List<Map<String, Object>>) found.get("items")).stream().map(item -> {
            String slug = String.valueOf(item.get("slug"));
            List<Revision> revisions = store.revisions(slug);
            String author = revisions.isEmpty() ? "" : revisions.get(revisions.size() - 1).author();
            return new Row(slug, String.valueOf(item.get("title")), String.valueOf(item.get("state")),
                    WebText.state(String.valueOf(item.get("state"))), item.get("status") == null ? "" : choices.label("statuses", String.valueOf(item.get("status"))), (Integer) item.get("revision"),
                    author, WebText.dateTime(Instant.parse(String.valueOf(item.get("updatedAt")))));
        }).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("signedIn", signedIn);
        model.put("city", identity.city());
        model.put("rows", rows);
        model.put("q", q == null ? "" : q);
        model.put("total", found.get("total"));
        model.put("page", number);
        // Deleted experiments have no text to search: listed on the first page of the whole list only
        model.put("deleted", (q == null || q.isBlank()) && number == 1 ? deleted.list() : List.of());
        model.put("pages", Math.max(1, (((Number) found.get("total")).longValue() + PAGE_SIZE - 1) / PAGE_SIZE));
        return new ModelAndView<>("staff/list", model);
    }
}
