package org.w3id.cailloux.node.curation.problems;

import io.micronaut.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.problem.ProblemException;

/** Accepting the proposal would contradict one accepted before it, not yet released: named, with the concepts both touch. */
public final class ConflictingProposalProblem extends ProblemException {

    private final Map<String, Object> conflict;

    public ConflictingProposalProblem(long id, long otherId, String otherTitle, String otherUrl, List<String> concepts) {
        super("conflicting-proposal", "Conflicts with an accepted proposal", HttpStatus.CONFLICT, "Proposal " + id
                + " conflicts with proposal " + otherId + " (" + otherTitle + "), accepted before it and not yet released: both change "
                + concepts + ". Nothing was changed; release the first, or revise this one against it.");
        conflict = new LinkedHashMap<>();
        conflict.put("id", otherId);
        conflict.put("title", otherTitle);
        conflict.put("url", otherUrl);
        conflict.put("concepts", concepts);
    }

    @Override
    protected Map<String, Object> extensions() {
        return Map.of("conflictsWith", conflict);
    }
}
