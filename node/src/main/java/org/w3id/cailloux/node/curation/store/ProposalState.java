package org.w3id.cailloux.node.curation.store;

import java.util.Arrays;
import java.util.Optional;

/** Where a proposal stands: draft, submitted, in review, accepted, rejected, withdrawn, released. */
public enum ProposalState {
    DRAFT("draft", "brouillon", "draft"),
    SUBMITTED("submitted", "soumise", "submitted"),
    IN_REVIEW("in-review", "en examen", "in review"),
    ACCEPTED("accepted", "acceptée", "accepted"),
    REJECTED("rejected", "refusée", "rejected"),
    WITHDRAWN("withdrawn", "retirée", "withdrawn"),
    RELEASED("released", "publiée dans une version", "released");

    private final String code;
    private final String fr;
    private final String en;

    ProposalState(String code, String fr, String en) {
        this.code = code;
        this.fr = fr;
        this.en = en;
    }

    /** The state as stored and written in JSON, e.g. {@code in-review}. */
    public String code() {
        return code;
    }

    /** The state in words, in French or English. */
    public String label(String language) {
        return "en".equals(language) ? en : fr;
    }

    /** True while the proposal waits for a decision or a release: submitted, in review or accepted. */
    public boolean pending() {
        return this == SUBMITTED || this == IN_REVIEW || this == ACCEPTED;
    }

    /** True when nothing more can happen to it. */
    public boolean finished() {
        return this == REJECTED || this == WITHDRAWN || this == RELEASED;
    }

    /** The state written {@code code}. */
    public static Optional<ProposalState> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
