package org.w3id.cailloux.vocabulary;

import java.util.List;

/** The outcome of validating a record: conforms, or the list of violations. */
public record Validation(List<Violation> violations) {

    /** A record that conforms. */
    public static final Validation CONFORMS = new Validation(List.of());

    public Validation {
        violations = List.copyOf(violations);
    }

    /** True when the record breaks no rule. */
    public boolean conforms() {
        return violations.isEmpty();
    }
}
