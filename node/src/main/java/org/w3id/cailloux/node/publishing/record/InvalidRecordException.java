package org.w3id.cailloux.node.publishing.record;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.problem.ProblemException;

/**
 * A document or JSON form that cannot be read as experiment records; each error says what to
 * change, e.g. {@code "unknown field means[1].cost; known fields here: id, type, ..."}.
 * Judging values (dates, concepts, required fields) is left to SHACL validation.
 */
public final class InvalidRecordException extends ProblemException {

    private final List<String> errors;

    /** An exception listing every error found, in the order found. */
    public InvalidRecordException(List<String> errors) {
        super("invalid-record", "The experiment cannot be read", HttpStatus.BAD_REQUEST, detail(errors));
        this.errors = List.copyOf(errors);
    }

    /** Every error, one sentence each. */
    public List<String> errors() {
        return errors;
    }

    @Override
    protected Map<String, Object> extensions() {
        return Map.of("errors", errors);
    }

    private static String detail(List<String> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid record has at least one error");
        }
        return errors.size() == 1 ? errors.get(0) : errors.size() + " errors: " + String.join("; ", errors);
    }
}
