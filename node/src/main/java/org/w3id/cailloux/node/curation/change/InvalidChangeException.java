package org.w3id.cailloux.node.curation.change;

import java.util.List;

/** A proposed change that cannot be read: every field at fault, so that they can all be fixed at once. */
public final class InvalidChangeException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidChangeException(List<FieldError> errors) {
        super(errors.size() + " field(s) of the change are wrong: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    /** Every field at fault. */
    public List<FieldError> errors() {
        return errors;
    }
}
