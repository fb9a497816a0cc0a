package org.w3id.cailloux.node.curation.migration;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.curation.problems.CurationRequestProblem;
import org.w3id.cailloux.node.publishing.ClientLanguage;
import org.w3id.cailloux.node.publishing.StoredExperiment;
import org.w3id.cailloux.node.security.Role;
import org.w3id.cailloux.node.security.Staff;
import org.w3id.cailloux.node.security.StaffAuthenticator;
import org.w3id.cailloux.node.vocabulary.VocabularyPage;

/**
 * {@code /api/vocabulary/migrations}: the experiments of this node that use deprecated concepts, and a staff member's
 * confirmation that replaces them: {@code {"slug", "concept", "replacements": [...]}} for one experiment (the
 * vocabulary's replacement when none is given), or {@code {"all": "one-to-one"}} for every one-to-one replacement.
 */
@Controller("/api/vocabulary/migrations")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MigrationController {

    private final Migrations migrations;
    private final StaffAuthenticator authenticator;
    private final VocabularyPage vocabulary;
    private final NodeIdentity identity;

    MigrationController(Migrations migrations, StaffAuthenticator authenticator, VocabularyPage vocabulary, NodeIdentity identity) {
        this.migrations = migrations;
        this.authenticator = authenticator;
        this.vocabulary = vocabulary;
        this.identity = identity;
    }

    @Get
    Map<String, Object> list(HttpRequest<?> request) {
        authenticator.require(request, Role.EDITOR);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("vocabularyVersion", vocabulary.version());
        json.put("pending", migrations.pending().stream().map(p -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("concept", p.concept().iri());
            one.put("label", p.concept().labelFr());
            one.put("replacedBy", p.replacements().stream().map(VocabularyPage.ConceptRow::iri).toList());
            one.put("oneToOne", p.oneToOne());
            one.put("experiments", p.uses().stream().map(u -> Map.of("slug", u.slug(), "title", u.title(), "state", u.state(),
                    "revision", u.revision(), "iri", identity.experimentIri(u.slug()))).toList());
            return one;
        }).toList());
        return json;
    }

    @Post
    HttpResponse<Map<String, Object>> apply(HttpRequest<?> request, @Nullable @Body Map<String, Object> body,
                                            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Staff staff = authenticator.require(request, Role.EDITOR);
        String language = ClientLanguage.of(acceptLanguage);
        if (body == null) {
            throw new CurationRequestProblem("Send {\"slug\", \"concept\", \"replacements\"} or {\"all\": \"one-to-one\"}.");
        }
        if ("one-to-one".equals(body.get("all"))) {
            int made = migrations.applyOneToOne(staff.username(), language);
            return HttpResponse.ok(Map.of("revisions", made));
        }
        String slug = body.get("slug") instanceof String s ? s : "";
        String concept = body.get("concept") instanceof String s ? s : "";
        List<String> replacements = new ArrayList<>();
        if (body.get("replacements") instanceof List<?> list) {
            list.forEach(o -> replacements.add(String.valueOf(o)));
        }
        StoredExperiment written = migrations.apply(slug, concept, replacements, staff.username(), language);
        return HttpResponse.ok(Map.<String, Object>of("slug", written.slug(), "revision", written.revision()))
                .header(HttpHeaders.ETAG, written.etag());
    }
}
