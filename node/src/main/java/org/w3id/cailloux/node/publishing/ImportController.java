package org.w3id.cailloux.node.publishing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.publishing.problems.MalformedRecordProblem;
import org.w3id.cailloux.node.publishing.record.ExperimentRecord;
import org.w3id.cailloux.node.security.Role;
import org.w3id.cailloux.node.security.Staff;
import org.w3id.cailloux.node.security.StaffAuthenticator;

/** {@code POST /api/import}: many experiments in one file (Turtle, TriG, JSON-LD, N-Triples, N-Quads, RDF/XML, CSV), all or nothing. */
@Controller("/api/import")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ImportController {

    private final PublishingService publishing;
    private final RecordReader reader;
    private final StaffAuthenticator authenticator;

    ImportController(PublishingService publishing, RecordReader reader, StaffAuthenticator authenticator) {
        this.publishing = publishing;
        this.reader = reader;
        this.authenticator = authenticator;
    }

    @Post
    @Consumes({"text/turtle", "application/trig", "application/ld+json", "application/n-triples", "application/n-quads",
        "application/rdf+xml", "text/csv"})
    @Produces("application/json")
    HttpResponse<Map<String, Object>> importFile(HttpRequest<?> request, @Body byte[] body, @Nullable @QueryValue String state,
                                                 @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Staff staff = authenticator.require(request, Role.EDITOR);
        List<ExperimentRecord> records = reader.many(request.getContentType().map(Object::toString).orElse(null), body);
        if (records.isEmpty()) {
            throw new MalformedRecordProblem("The file holds no experiment.");
        }
        ExperimentState target = state == null ? ExperimentState.PUBLISHED : ExperimentState.ofCode(state);
        if (target == null || target == ExperimentState.DELETED) {
            throw new MalformedRecordProblem("state=" + state + " is not a state to write: use state=draft or state=published.");
        }
        List<StoredExperiment> written = publishing.importAll(records, target, staff.username(), ClientLanguage.of(acceptLanguage));
        List<Map<String, Object>> report = written.stream().map(stored -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("slug", stored.slug());
            entry.put("outcome", stored.revision() == 1 ? "created" : "updated");
            entry.put("revision", stored.revision());
            entry.put("state", stored.state().code());
            return entry;
        }).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("imported", written.size());
        result.put("records", report);
        return HttpResponse.ok(result);
    }
}
