package org.w3id.cailloux.node.curation.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.curation.problems.ForwardedProblem;
import org.w3id.cailloux.node.curation.problems.HubUnreachableProblem;
import org.w3id.cailloux.node.curation.problems.InvalidProposalProblem;
import org.w3id.cailloux.node.problem.ProblemException;
import org.w3id.cailloux.node.vocabulary.VocabularyPage;
import org.w3id.cailloux.node.web.SignedIn;
import org.w3id.cailloux.node.web.StaffSessions;

/**
 * {@code /staff/proposals} on every node: a staff member proposes a concept or a change, follows their proposals,
 * comments, submits or withdraws them. On a city node each action is forwarded to the hub in the node's name; on the
 * hub it is done there. Forms carry the session's CSRF token.
 */
@Controller("/staff/proposals")
@ExecuteOn(TaskExecutors.BLOCKING)
public class StaffProposalsController {

    private final StaffSessions sessions;
    private final ProposalDesk desk;
    private final CurationPages pages;
    private final VocabularyPage vocabulary;

    StaffProposalsController(StaffSessions sessions, ProposalDesk desk, CurationPages pages, VocabularyPage vocabulary) {
        this.sessions = sessions;
        this.desk = desk;
        this.pages = pages;
        this.vocabulary = vocabulary;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> mine(HttpRequest<?> request) {
        SignedIn signedIn = sessions.require(request);
        Map<String, Object> model = pages.base(request);
        model.put("hub", desk.hubUrl());
        try {
            model.put("rows", desk.mine(signedIn.staff(), "fr").stream().map(pages::row).toList());
        } catch (HubUnreachableProblem | ForwardedProblem e) {
            model.put("rows", List.of());
            model.put("hubError", e.getMessage());
        }
        return CurationPages.page("staff/proposals", model);
    }

    @Get("/new")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String kind, @Nullable @QueryValue String concept) {
        sessions.require(request);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", kind == null ? "new-concept" : kind);
        if (concept != null) {
            fields.put("concept", concept);
        }
        return formPage(request, new ProposalForm(fields), List.of(), null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> propose(HttpRequest<?> request, @Nullable @Body Map<String, String> fields) {
        SignedIn signedIn = sessions.requireForm(request, fields == null ? null : fields.get("csrf"));
        ProposalForm form = new ProposalForm(fields);
        if (fields != null && fields.containsKey("choose")) {
            return formPage(request, form, List.of(), null);
        }
        try {
            Map<String, Object> made = desk.propose(signedIn.staff(), form.toJson(), "fr");
            return HttpResponse.seeOther(URI.create("/staff/proposals/" + made.get("id") + "?made=1"));
        } catch (InvalidProposalProblem | ForwardedProblem e) {
            return formPage(request, form, errors(e), e.getMessage());
        }
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> one(HttpRequest<?> request, long id, @Nullable @QueryValue String made) {
        SignedIn signedIn = sessions.require(request);
        Map<String, Object> model = pages.base(request);
        Map<String, Object> json = desk.view(signedIn.staff(), id, "fr");
        pages.proposalModel(model, json, signedIn);
        model.put("made", made != null);
        model.put("hub", desk.hubUrl());
        model.put("staffView", true);
        try {
            model.put("impact", desk.impact(signedIn.staff(), id, "fr"));
        } catch (ProblemException e) {
            model.put("impactError", e.getMessage());
        }
        return CurationPages.page("curation/proposal", model);
    }

    @Post("/{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> comment(HttpRequest<?> request, long id, @Nullable @Body Map<String, String> form) {
        SignedIn signedIn = sessions.requireForm(request, form == null ? null : form.get("csrf"));
        desk.comment(signedIn.staff(), id, form.get("text"), "fr");
        return HttpResponse.seeOther(URI.create(back(id, form) + "#comments"));
    }

    @Post("/{id}/{action:submit|withdraw}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> proposer(HttpRequest<?> request, long id, String action, @Nullable @Body Map<String, String> form) {
        SignedIn signedIn = sessions.requireForm(request, form == null ? null : form.get("csrf"));
        desk.proposerAction(signedIn.staff(), id, action, "fr");
        return HttpResponse.seeOther(URI.create(back(id, form)));
    }

    @io.micronaut.http.annotation.Error(exception = ProblemException.class)
    HttpResponse<?> problem(ProblemException problem) {
        return org.w3id.cailloux.node.web.WebErrors.problemPage(problem);
    }

    /** Back to the page the form was on: the hub's public page of the proposal, or the staff page. */
    static String back(long id, Map<String, String> form) {
        return form != null && "public".equals(form.get("from")) ? "/vocabulary/proposals/" + id : "/staff/proposals/" + id;
    }

    private HttpResponse<?> formPage(HttpRequest<?> request, ProposalForm form, List<Map<String, Object>> errors, String summary) {
        Map<String, Object> model = pages.base(request);
        model.put("form", form);
        model.put("kinds", ProposalForm.KINDS);
        model.put("schemes", vocabulary.schemes());
        model.put("relations", org.w3id.cailloux.node.curation.change.Relation.KINDS.keySet());
        model.put("errors", errors);
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.merge(String.valueOf(e.get("field")), String.valueOf(e.get("message")), (a, b) -> a + " " + b));
        model.put("fieldErrors", byField);
        model.put("summary", summary);
        model.put("hub", desk.hubUrl());
        model.put("local", desk.local());
        var response = CurationPages.page("staff/propose", model);
        return errors.isEmpty() ? response : HttpResponse.status(io.micronaut.http.HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new io.micronaut.views.ModelAndView<>("staff/propose", model)).contentType(MediaType.TEXT_HTML_TYPE);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(ProblemException e) {
        Object errors = e.body("").get("errors");
        List<Map<String, Object>> list = new ArrayList<>();
        if (errors instanceof List<?> l) {
            l.forEach(o -> {
                if (o instanceof Map<?, ?> m) {
                    Map<String, Object> entry = new LinkedHashMap<>((Map<String, Object>) m);
                    entry.put("anchor", "f-" + String.valueOf(entry.get("field")).replace('.', '-').replace('[', '-').replace("]", ""));
                    list.add(entry);
                }
            });
        }
        return list;
    }
}
