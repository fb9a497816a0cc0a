package org.w3id.cailloux.vocabulary.quality;

/** How much a finding weighs in curation: a blocking one stops a change from being accepted. */
public enum Severity {
    BLOCKING("blocking"),
    WARNING("warning");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    /** The code stored and shown, {@code blocking} or {@code warning}. */
    public String code() {
        return code;
    }

    /** The severity with this code; IllegalArgumentException for any other string. */
    public static Severity ofCode(String code) {
        for (Severity severity : values()) {
            if (severity.code.equals(code)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("No severity with code " + code + " (blocking or warning)");
    }
}
