package org.w3id.cailloux.node.curation.problems;

import io.micronaut.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.curation.change.FieldError;
import org.w3id.cailloux.node.problem.ProblemException;

/** A proposal whose change cannot be read: every field at fault, in the client's language; nothing was stored. */
public final class InvalidProposalProblem extends ProblemException {

    private final List<Map<String, Object>> errors;

    public InvalidProposalProblem(List<FieldError> errors, String language) {
        super("invalid-proposal", "en".equals(language) ? "The proposal cannot be read" : "La proposition est illisible",
                HttpStatus.UNPROCESSABLE_ENTITY, "en".equals(language)
                        ? errors.size() + " field(s) to fix; nothing was stored. Each one is listed under 'errors'."
                        : errors.size() + " champ(s) à corriger ; rien n'a été enregistré. Chacun est détaillé dans 'errors'.");
        this.errors = errors.stream().map(e -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("field", e.field());
            entry.put("message", e.message(language));
            return entry;
        }).toList();
    }

    @Override
    protected Map<String, Object> extensions() {
        return Map.of("errors", errors);
    }
}
