package org.w3id.cailloux.node.curation.change;

/** What is wrong with one field of a proposed change, in French and English. */
public record FieldError(String field, String fr, String en) {

    /** The message in {@code language} ({@code fr} or {@code en}). */
    public String message(String language) {
        return "en".equals(language) ? en : fr;
    }
}
