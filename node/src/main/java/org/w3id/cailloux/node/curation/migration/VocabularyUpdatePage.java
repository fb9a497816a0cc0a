package org.w3id.cailloux.node.curation.migration;

import io.micronaut.context.BeanProvider;
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
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.curation.CurationSettings;
import org.w3id.cailloux.node.curation.distribution.HubFollower;
import org.w3id.cailloux.node.problem.ProblemException;
import org.w3id.cailloux.node.vocabulary.VocabularyInstallations;
import org.w3id.cailloux.node.vocabulary.VocabularyPage;
import org.w3id.cailloux.node.web.SignedIn;
import org.w3id.cailloux.node.web.StaffSessions;
import org.w3id.cailloux.node.web.WebErrors;
import org.w3id.cailloux.node.web.WebText;

/**
 * {@code /staff/vocabulary}: the vocabulary update page. Which version this node runs and where it comes from, and
 * the experiments that use deprecated concepts, each with a button that applies the replacement (or, for several, the
 * ones the staff member ticks) as a new revision.
 */
@Controller("/staff/vocabulary")
@ExecuteOn(TaskExecutors.BLOCKING)
public class VocabularyUpdatePage {

    private final StaffSessions sessions;
    private final Migrations migrations;
    private final VocabularyPage vocabulary;
    private final VocabularyInstallations installations;
    private final BeanProvider<HubFollower> follower;
    private final CurationSettings settings;

    VocabularyUpdatePage(StaffSessions sessions, Migrations migrations, VocabularyPage vocabulary, VocabularyInstallations installations,
                         BeanProvider<HubFollower> follower, CurationSettings settings) {
        this.sessions = sessions;
        this.migrations = migrations;
        this.vocabulary = vocabulary;
        this.installations = installations;
        this.follower = follower;
        this.settings = settings;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(HttpRequest<?> request, @Nullable @QueryValue Integer applied) {
        SignedIn signedIn = sessions.require(request);
        Map<String, Object> model = new HashMap<>();
        model.put("signedIn", signedIn);
        model.put("version", vocabulary.version());
        model.put("hub", settings.isHub());
        model.put("hubStatus", follower.isPresent() ? follower.get().status() : null);
        model.put("installations", installations.history().stream().limit(10).map(i -> Map.of("version", i.version(),
                "candidates", i.candidates(), "source", i.source(), "when", WebText.dateTime(i.installedAt()))).toList());
        List<Migrations.Pending> pending = migrations.pending();
        model.put("pending", pending);
        model.put("anyOneToOne", pending.stream().anyMatch(Migrations.Pending::oneToOne));
        model.put("applied", applied);
        return new ModelAndView<>("staff/vocabulary-update", model);
    }

    @Post("/migrations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> apply(HttpRequest<?> request, @Nullable @Body Map<String, String> form) {
        SignedIn signedIn = sessions.requireForm(request, form == null ? null : form.get("csrf"));
        int applied;
        if ("one-to-one".equals(form.get("all"))) {
            applied = migrations.applyOneToOne(signedIn.username(), "fr");
        } else {
            List<String> chosen = new ArrayList<>();
            form.forEach((key, value) -> {
                if (key.startsWith("replacement:") && "on".equals(value)) {
                    chosen.add(key.substring("replacement:".length()));
                }
            });
            migrations.apply(form.get("slug"), form.get("concept"), chosen, signedIn.username(), "fr");
            applied = 1;
        }
        return HttpResponse.seeOther(URI.create("/staff/vocabulary?applied=" + applied));
    }

    @io.micronaut.http.annotation.Error(exception = ProblemException.class)
    HttpResponse<?> problem(ProblemException problem) {
        return WebErrors.problemPage(problem);
    }
}
