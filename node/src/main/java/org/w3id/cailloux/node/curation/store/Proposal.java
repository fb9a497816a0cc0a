package org.w3id.cailloux.node.curation.store;

import java.time.Instant;
import java.util.Map;

/**
 * A stored proposal: the change as JSON, who proposed it from which node and why, where it stands, and the decision.
 *
 * @param acceptedSeq the order of acceptance, by which a release applies accepted proposals; null before
 */
public record Proposal(long id, String kind, ProposalState state, String title, Map<String, Object> change, String rationale,
                       String proposer, String proposerNode, String candidateIri, Instant createdAt, Instant updatedAt,
                       String decidedBy, Instant decidedAt, String reason, Long acceptedSeq, String releasedIn) {

    /** True when {@code username} of {@code node} made it. */
    public boolean proposedBy(String username, String node) {
        return proposer.equals(username) && proposerNode.equals(node);
    }
}
