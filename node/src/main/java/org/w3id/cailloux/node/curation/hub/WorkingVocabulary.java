package org.w3id.cailloux.node.curation.hub;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.w3id.cailloux.node.curation.change.Change;
import org.w3id.cailloux.node.curation.change.ChangeReader;
import org.w3id.cailloux.node.curation.review.Reviewer;
import org.w3id.cailloux.node.curation.store.Proposal;
import org.w3id.cailloux.node.curation.store.ProposalState;
import org.w3id.cailloux.node.curation.store.Release;
import org.w3id.cailloux.node.publishing.record.RecordCodec;

/**
 * The vocabulary the next release would be: the latest release with every accepted proposal applied, in the order they
 * were accepted. Proposals are reviewed against it, so that two acceptances in a row are checked together.
 */
record WorkingVocabulary(Release latest, Graph released, Graph graph, List<Accepted> accepted) {

    /** An accepted proposal and its change, read against the vocabulary it applies to. */
    record Accepted(Proposal proposal, Change change) {}

    /** The working vocabulary of {@code latest} and the pending proposals (accepted ones in their order). */
    static WorkingVocabulary of(Release latest, List<Proposal> pending) {
        Graph released = RecordCodec.decode(latest.content());
        Graph graph = Reviewer.copy(released);
        List<Accepted> accepted = new ArrayList<>();
        for (Proposal p : pending) {
            if (p.state() == ProposalState.ACCEPTED) {
                Change change = ChangeReader.read(p.change(), graph);
                change.apply(graph);
                accepted.add(new Accepted(p, change));
            }
        }
        return new WorkingVocabulary(latest, released, graph, List.copyOf(accepted));
    }
}
