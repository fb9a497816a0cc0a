package org.w3id.cailloux.node.publishing;

/** Where an experiment stands: only published ones are in the query index and the Linked Data pages. */
public enum ExperimentState {
    DRAFT, PUBLISHED, DELETED;

    /** As stored and shown, e.g. {@code published}. */
    public String code() {
        return name().toLowerCase();
    }

    /** The state written {@code code}; null when it names none. */
    public static ExperimentState ofCode(String code) {
        for (ExperimentState state : values()) {
            if (state.code().equals(code)) {
                return state;
            }
        }
        return null;
    }
}
