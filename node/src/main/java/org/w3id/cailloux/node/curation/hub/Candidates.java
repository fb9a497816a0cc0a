package org.w3id.cailloux.node.curation.hub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.node.curation.change.Change;
import org.w3id.cailloux.node.curation.change.ChangeReader;
import org.w3id.cailloux.node.curation.change.Delta;
import org.w3id.cailloux.node.curation.change.InvalidChangeException;
import org.w3id.cailloux.node.curation.review.Reviewer;
import org.w3id.cailloux.node.curation.store.Proposal;
import org.w3id.cailloux.node.curation.store.ProposalState;
import org.w3id.cailloux.node.publishing.record.RecordCodec;
import org.w3id.cailloux.node.vocabulary.VocabularyPage;
import org.w3id.cailloux.vocabulary.ADMS;
import org.w3id.cailloux.vocabulary.CX;

/**
 * The concepts and schemes proposed and not yet released, which every node takes up with the release so that a city
 * can tag its data with them at once: each marked {@code adms:status} under development and linked to its proposal.
 * A rejected or withdrawn candidate stays, deprecated without replacement, so that data tagged with it is found and
 * moved rather than left pointing at nothing.
 *
 * @param graph the candidates' triples (those their proposals add to the released vocabulary)
 * @param tag   a hash of the graph, which changes whenever a candidate comes, goes or changes
 */
public record Candidates(Graph graph, String tag, int count) {

    /** The candidates of {@code proposals} against the released vocabulary; {@code proposalUrl} names each proposal's page. */
    static Candidates of(Graph released, List<Proposal> proposals, java.util.function.LongFunction<String> proposalUrl) {
        Graph candidates = GraphFactory.createDefaultGraph();
        int count = 0;
        for (Proposal p : proposals) {
            if (p.candidateIri() == null || p.state() == ProposalState.DRAFT || p.state() == ProposalState.RELEASED) {
                continue;
            }
            Change change;
            try {
                change = ChangeReader.read(p.change(), released);
            } catch (InvalidChangeException e) {
                continue; // e.g. a concept under a broader one that was itself only proposed: shown once both are released
            }
            Graph after = Reviewer.copy(released);
            change.apply(after);
            Delta delta = Delta.between(released, after);
            delta.insertions().find().forEachRemaining(candidates::add);
            Node minted = NodeFactory.createURI(p.candidateIri());
            candidates.add(minted, ADMS.status.asNode(), NodeFactory.createURI(VocabularyPage.CANDIDATE));
            candidates.add(minted, RDFS.seeAlso.asNode(), NodeFactory.createURI(proposalUrl.apply(p.id())));
            if (!p.state().pending()) {
                Node yes = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
                candidates.add(minted, OWL.deprecated.asNode(), yes);
                candidates.add(minted, CX.noReplacement.asNode(), yes);
                candidates.add(minted, SKOS.changeNote.asNode(), NodeFactory.createLiteralLang("Proposition "
                        + p.state().label("fr") + (p.reason() == null ? "" : " : " + p.reason()), "fr"));
            }
            count++;
        }
        return new Candidates(candidates, tag(candidates), count);
    }

    /** The release and the candidates together: the vocabulary every node runs. */
    public Graph withRelease(Graph released) {
        Graph all = Reviewer.copy(released);
        graph.find().forEachRemaining(all::add);
        return all;
    }

    /** True when the IRI is a candidate concept (a concept of the candidates graph). */
    public boolean contains(String iri) {
        return graph.contains(Triple.create(NodeFactory.createURI(iri), RDF.type.asNode(), SKOS.Concept.asNode()));
    }

    static String tag(Graph graph) {
        if (graph.isEmpty()) {
            return "none";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(RecordCodec.encode(Delta.stable(graph)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
