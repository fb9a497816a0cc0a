package org.w3id.cailloux.node.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.cailloux.node.problem.ProblemException;
import org.w3id.cailloux.node.publishing.ExperimentState;
import org.w3id.cailloux.node.publishing.PublishingService;
import org.w3id.cailloux.node.publishing.RecordReader;
import org.w3id.cailloux.node.publishing.StoredExperiment;
import org.w3id.cailloux.node.publishing.problems.ImportProblem;
import org.w3id.cailloux.node.publishing.record.ExperimentRecord;

/** {@code /staff/import}: upload a file of experiments (CSV or RDF); all are saved, or none, and the report says why. */
@Controller("/staff/import")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ImportPageController {

    private static final Map<String, String> TYPES_BY_EXTENSION = Map.of(
            "csv", "text/csv", "ttl", "text/turtle", "trig", "application/trig", "jsonld", "application/ld+json",
            "nt", "application/n-triples", "nq", "application/n-quads", "rdf", "application/rdf+xml", "xml", "application/rdf+xml");

    private final StaffSessions sessions;
    private final RecordReader reader;
    private final PublishingService publishing;

    ImportPageController(StaffSessions sessions, RecordReader reader, PublishingService publishing) {
        this.sessions = sessions;
        this.reader = reader;
        this.publishing = publishing;
    }

    /** One line of the report. */
    public record Line(String slug, String outcome, List<String> messages) {}

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request) {
        return page(HttpStatus.OK, sessions.require(request), new HashMap<>());
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @SuppressWarnings("unchecked")
    HttpResponse<?> upload(HttpRequest<?> request, @Nullable @Part("csrf") String csrf, @Nullable @Part("state") String state,
                           @Nullable @Part("file") CompletedFileUpload file) throws IOException {
        SignedIn signedIn = sessions.requireForm(request, csrf);
        Map<String, Object> model = new HashMap<>();
        ExperimentState target = "draft".equals(state) ? ExperimentState.DRAFT : ExperimentState.PUBLISHED;
        model.put("target", target.code());
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            model.put("error", "Choisissez un fichier à importer.");
            return page(HttpStatus.UNPROCESSABLE_ENTITY, signedIn, model);
        }
        model.put("filename", file.getFilename());
        String name = file.getFilename().toLowerCase(Locale.ROOT);
        String type = TYPES_BY_EXTENSION.get(name.substring(name.lastIndexOf('.') + 1));
        if (type == null) {
            model.put("error", "Le fichier « " + file.getFilename() + " » n'a pas une extension connue : "
                    + "utilisez .csv, .ttl, .trig, .jsonld, .nt, .nq ou .rdf.");
            return page(HttpStatus.UNPROCESSABLE_ENTITY, signedIn, model);
        }
        try {
            List<ExperimentRecord> records = reader.many(type, file.getBytes());
            if (records.isEmpty()) {
                model.put("error", "Le fichier ne contient aucune expérimentation.");
                return page(HttpStatus.UNPROCESSABLE_ENTITY, signedIn, model);
            }
            List<StoredExperiment> written = publishing.importAll(records, target, signedIn.username(), "fr");
            model.put("imported", written.stream().map(s -> new Line(s.slug(),
                    (s.revision() == 1 ? "créée" : "mise à jour") + ", révision " + s.revision() + ", " + WebText.state(s.state().code()),
                    List.of())).toList());
            return page(HttpStatus.OK, signedIn, model);
        } catch (ImportProblem e) {
            Map<String, Object> body = e.body("/staff/import");
            model.put("error", body.get("title") + " — " + body.get("detail"));
            model.put("report", ((List<Map<String, Object>>) body.get("records")).stream().map(r -> new Line(
                    String.valueOf(r.get("slug")),
                    "valid".equals(r.get("outcome")) ? "valide (non enregistrée)" : "refusée",
                    r.get("violations") == null ? List.<String>of() : ((List<Map<String, Object>>) r.get("violations")).stream()
                            .map(v -> v.get("field") + " : " + v.get("message")).toList())).toList());
            return page(HttpStatus.UNPROCESSABLE_ENTITY, signedIn, model);
        } catch (ProblemException e) {
            // The file cannot be read (syntax, columns, ...): its message says where and what to change
            model.put("error", "Import refusé : rien n'a été enregistré. " + e.getMessage());
            return page(HttpStatus.UNPROCESSABLE_ENTITY, signedIn, model);
        }
    }

    private HttpResponse<?> page(HttpStatus status, SignedIn signedIn, Map<String, Object> model) {
        model.put("signedIn", signedIn);
        model.putIfAbsent("target", "published");
        return HttpResponse.status(status).body(new ModelAndView<>("staff/import", model)).contentType(MediaType.TEXT_HTML_TYPE);
    }
}
