package org.w3id.cailloux.node.publishing.problems;

import io.micronaut.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.problem.ProblemException;
import org.w3id.cailloux.node.publishing.record.ExperimentRecord;
import org.w3id.cailloux.vocabulary.Validation;

/** A bulk import refused as a whole: the report says, record by record, what is wrong and what was fine. */
public final class ImportProblem extends ProblemException {

    private final List<Map<String, Object>> report;

    public ImportProblem(List<ExperimentRecord> records, Map<String, Validation> failures, String language) {
        super("import-refused", "en".equals(language) ? "Import refused: nothing was saved" : "Import refusé : rien n'a été enregistré",
                HttpStatus.UNPROCESSABLE_ENTITY,
                ("en".equals(language) ? "%d of %d experiments break the vocabulary's rules; fix them and send the whole file again."
                        : "%d expérimentation(s) sur %d ne respectent pas les règles du vocabulaire ; corrigez-les et renvoyez tout le fichier.")
                        .formatted(failures.size(), records.size()));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (ExperimentRecord record : records) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("slug", record.slug());
            Validation validation = failures.get(record.slug());
            entry.put("outcome", validation == null ? "valid" : "invalid");
            if (validation != null) {
                entry.put("violations", ViolationEntries.of(validation.violations(), language));
            }
            entries.add(entry);
        }
        this.report = List.copyOf(entries);
    }

    @Override
    protected Map<String, Object> extensions() {
        return Map.of("records", report);
    }
}
