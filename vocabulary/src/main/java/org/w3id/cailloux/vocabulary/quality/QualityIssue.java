package org.w3id.cailloux.vocabulary.quality;

/** One problem a quality check found: the check, the term or concept concerned, and what is wrong. */
public record QualityIssue(String checkId, String focus, String detail) {

    @Override
    public String toString() {
        return checkId + ": <" + focus + "> " + detail;
    }
}
