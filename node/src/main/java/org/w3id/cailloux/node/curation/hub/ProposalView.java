package org.w3id.cailloux.node.curation.hub;

import java.util.List;
import org.w3id.cailloux.node.curation.change.Change;
import org.w3id.cailloux.node.curation.review.Finding;
import org.w3id.cailloux.node.curation.review.Review;
import org.w3id.cailloux.node.curation.store.Comment;
import org.w3id.cailloux.node.curation.store.Proposal;

/**
 * A proposal as its page and its JSON show it: the change, its thread, and, while it can still be decided, its review
 * against the working vocabulary, labels it shares with other pending proposals, and the accepted proposal it conflicts with.
 *
 * @param change       the change read against the working vocabulary, null when it no longer applies
 * @param review       null when the change no longer applies (see {@code notApplicable})
 * @param conflict     the accepted proposal it conflicts with, or null
 */
public record ProposalView(Proposal proposal, String url, List<Comment> comments, Change change, Review review,
                           List<Finding> pendingOverlaps, Conflict conflict, String notApplicable) {

    /** An accepted proposal this one conflicts with, and the concepts both touch. */
    public record Conflict(long id, String title, String url, List<String> concepts) {}
}
