package org.w3id.cailloux.node.web;

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
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.problem.ProblemException;
import org.w3id.cailloux.node.publishing.ExperimentState;
import org.w3id.cailloux.node.publishing.ExperimentStore;
import org.w3id.cailloux.node.publishing.PublishingService;
import org.w3id.cailloux.node.publishing.StoredExperiment;
import org.w3id.cailloux.node.publishing.problems.ExperimentNotFoundProblem;
import org.w3id.cailloux.node.publishing.problems.PreconditionFailedProblem;
import org.w3id.cailloux.node.publishing.problems.SlugTakenProblem;
import org.w3id.cailloux.node.publishing.problems.ValidationProblem;
import org.w3id.cailloux.node.publishing.record.ExperimentJson;
import org.w3id.cailloux.node.publishing.record.ExperimentRecord;
import org.w3id.cailloux.node.publishing.record.InvalidRecordException;
import org.w3id.cailloux.node.publishing.record.RecordCodec;
import org.w3id.cailloux.node.vocabulary.LiveVocabulary;
import org.w3id.cailloux.vocabulary.Validation;

/**
 * The create and edit form: {@code /staff/experiments/new} and {@code /staff/experiments/{slug}/edit}.
 * A post either changes the form (add or remove a row, search experiments to link) and shows it
 * again, or saves it as a draft or published through {@link PublishingService}; what the node
 * refuses comes back as messages next to the fields.
 */
@Controller("/staff/experiments")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExperimentFormController {

    private final StaffSessions sessions;
    private final PublishingService publishing;
    private final ExperimentStore store;
    private final LiveVocabulary vocabulary;
    private final NodeIdentity identity;
    private final ConceptChoices choices;
    private final ExperimentLookup lookup;

    ExperimentFormController(StaffSessions sessions, PublishingService publishing, ExperimentStore store,
                             LiveVocabulary vocabulary, NodeIdentity identity, ConceptChoices choices, ExperimentLookup lookup) {
        this.sessions = sessions;
        this.publishing = publishing;
        this.store = store;
        this.vocabulary = vocabulary;
        this.identity = identity;
        this.choices = choices;
        this.lookup = lookup;
    }

    @Get("/new")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> newForm(HttpRequest<?> request) {
        SignedIn signedIn = sessions.require(request);
        return page(HttpStatus.OK, signedIn, ExperimentForm.blank(identity.territoryIri()), null, Map.of());
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, @Nullable @Body Map<String, String> posted) {
        Map<String, String> fields = posted == null ? Map.of() : posted;
        SignedIn signedIn = sessions.requireForm(request, fields.get("csrf"));
        return submit(signedIn, fields, null);
    }

    @Get("/{slug}/edit")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> editForm(HttpRequest<?> request, @PathVariable String slug, @Nullable @QueryValue String saved) {
        SignedIn signedIn = sessions.require(request);
        Optional<StoredExperiment> stored = store.find(slug);
        if (stored.isEmpty()) {
            throw new ExperimentNotFoundProblem("No experiment has the slug '" + slug + "'.");
        }
        if (stored.get().state() == ExperimentState.DELETED) {
            return HttpResponse.seeOther(URI.create("/staff/experiments/" + slug + "/revisions"));
        }
        ExperimentRecord record = new ExperimentRecord(slug, identity.experimentIri(slug), RecordCodec.decode(stored.get().record()));
        Map<String, Object> extra = new HashMap<>();
        extra.put("saved", saved);
        return page(HttpStatus.OK, signedIn, ExperimentForm.of(ExperimentJson.toJson(record)), stored.get(), extra);
    }

    @Post("/{slug}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> update(HttpRequest<?> request, @PathVariable String slug, @Nullable @Body Map<String, String> posted) {
        Map<String, String> fields = posted == null ? Map.of() : posted;
        SignedIn signedIn = sessions.requireForm(request, fields.get("csrf"));
        return submit(signedIn, fields, slug);
    }

    /** Handles a post of the form; {@code slug} is null when creating. */
    private HttpResponse<?> submit(SignedIn signedIn, Map<String, String> posted, String slug) {
        ExperimentForm form = ExperimentForm.posted(posted);
        if (slug != null) {
            form = withSlug(form, posted, slug);
        }
        StoredExperiment current = slug == null ? null : store.find(slug)
                .orElseThrow(() -> new ExperimentNotFoundProblem("No experiment has the slug '" + slug + "'."));
        String action = posted.getOrDefault("_action", "draft");
        Map<String, Object> extra = new HashMap<>();
        extra.put("etag", posted.get("etag"));
        if (action.startsWith("add:")) {
            form.addRow(action.substring(4));
            return page(HttpStatus.OK, signedIn, form, current, extra);
        }
        if (action.startsWith("remove:")) {
            String[] parts = action.split(":");
            form.removeRow(parts[1], Integer.parseInt(parts[2]));
            return page(HttpStatus.OK, signedIn, form, current, extra);
        }
        if (action.equals("lookup")) {
            extra.put("lookupQuery", posted.getOrDefault("_lookup", ""));
            extra.put("found", lookup.find(posted.get("_lookup")));
            return page(HttpStatus.OK, signedIn, form, current, extra);
        }
        if (action.startsWith("link:")) {
            String[] parts = action.split(":", 3);
            form.appendIri(parts[1], parts[2]);
            return page(HttpStatus.OK, signedIn, form, current, extra);
        }
        ExperimentState state = action.equals("publish") ? ExperimentState.PUBLISHED : ExperimentState.DRAFT;
        Optional<StoredExperiment> saved = save(form, state, signedIn, slug, posted.get("etag"));
        if (saved.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, signedIn, form, current, extra);
        }
        return HttpResponse.seeOther(URI.create("/staff/experiments/" + saved.get().slug() + "/edit?saved=" + state.code()));
    }

    /** Saves the form, or puts the node's messages into it and returns nothing. */
    private Optional<StoredExperiment> save(ExperimentForm form, ExperimentState state, SignedIn signedIn, String slug, String etag) {
        Map<String, Object> json = form.toJson();
        String target = slug != null ? slug : String.valueOf(json.get("slug"));
        if (!ExperimentRecord.isValidSlug(target)) {
            return Optional.empty();
        }
        json.putIfAbsent("territory", identity.territoryIri());
        ExperimentRecord record;
        try {
            record = ExperimentJson.fromJson(json, target, identity.baseUri());
        } catch (InvalidRecordException e) {
            FormErrors.add(form, e);
            return Optional.empty();
        }
        if (form.hasErrors()) {
            // Show the vocabulary's messages too, so that every mistake is listed at once
            Validation validation = vocabulary.current().validate(record.graph());
            if (!validation.conforms()) {
                FormErrors.add(form, new ValidationProblem(target, validation.violations(), "fr"), record.iri());
            }
            return Optional.empty();
        }
        try {
            return Optional.of(slug == null
                    ? publishing.create(record, state, signedIn.username(), "fr")
                    : publishing.update(record, state, etag, signedIn.username(), "fr"));
        } catch (ValidationProblem e) {
            FormErrors.add(form, e, record.iri());
        } catch (SlugTakenProblem e) {
            form.error("slug", "Ce nom court est déjà celui d'une autre expérimentation : choisissez-en un autre.");
        } catch (PreconditionFailedProblem e) {
            form.generalError("Quelqu'un a enregistré cette expérimentation pendant que vous la modifiiez : rien n'a été enregistré. "
                    + "Ouvrez la version actuelle dans un autre onglet, puis reportez-y vos changements.");
        }
        return Optional.empty();
    }

    private static ExperimentForm withSlug(ExperimentForm form, Map<String, String> posted, String slug) {
        Map<String, String> fixed = new HashMap<>(posted);
        fixed.put("slug", slug);
        return ExperimentForm.posted(new java.util.LinkedHashMap<>(fixed));
    }

    @Error(exception = ProblemException.class)
    HttpResponse<?> problem(ProblemException problem) {
        return WebErrors.problemPage(problem);
    }

    private HttpResponse<?> page(HttpStatus status, SignedIn signedIn, ExperimentForm form, StoredExperiment current,
                                 Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("signedIn", signedIn);
        model.put("form", form);
        model.put("choices", choices);
        model.put("parts", PartKind.ALL);
        model.put("creating", current == null);
        model.put("slug", current == null ? null : current.slug());
        model.putIfAbsent("etag", current == null ? null : current.etag());
        if (model.get("etag") == null && current != null) {
            model.put("etag", current.etag());
        }
        model.put("state", current == null ? null : current.state().code());
        model.put("revision", current == null ? null : current.revision());
        model.put("city", identity.city());
        model.putIfAbsent("found", List.of());
        model.putIfAbsent("lookupQuery", "");
        return HttpResponse.status(status).body(new ModelAndView<>("staff/form", model)).contentType(MediaType.TEXT_HTML_TYPE);
    }
}
