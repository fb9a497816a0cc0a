package org.w3id.cailloux.node.curation.hub;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cailloux.node.curation.Actor;
import org.w3id.cailloux.node.curation.change.Delta;
import org.w3id.cailloux.node.curation.problems.BlockingFindingsProblem;
import org.w3id.cailloux.node.curation.problems.ReleaseRefusedProblem;
import org.w3id.cailloux.node.curation.review.Finding;
import org.w3id.cailloux.node.curation.review.Reviewer;
import org.w3id.cailloux.node.curation.store.CurationStore;
import org.w3id.cailloux.node.curation.store.Proposal;
import org.w3id.cailloux.node.curation.store.Release;
import org.w3id.cailloux.node.publishing.record.RecordCodec;
import org.w3id.cailloux.node.security.ForbiddenProblem;
import org.w3id.cailloux.node.vocabulary.SemanticVersion;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/**
 * Releases: a coordinator releases every accepted proposal, in the order they were accepted, as a new version. Its
 * number follows Semantic Versioning (at least the step its changes need: a deprecation or the removal of a relation is
 * a minor change at least); its ontology gets {@code owl:versionIRI}, {@code owl:priorVersion}, {@code owl:versionInfo}
 * and {@code dct:issued}; its delta from the prior version is kept. A release is immutable once made.
 */
@Singleton
@Requires(property = "cailloux.vocabulary.hub", value = "true")
public class Releases {

    private final CurationStore store;
    private final Reviewer reviewer;
    private final HubVocabulary hub;

    Releases(CurationStore store, Reviewer reviewer, HubVocabulary hub) {
        this.store = store;
        this.reviewer = reviewer;
        this.hub = hub;
    }

    /** The latest release. */
    static Release latest(CurationStore.Tx tx) throws SQLException {
        List<Release> all = tx.releases(false);
        Release last = all.stream().max(Comparator.comparing(r -> SemanticVersion.parse(r.version())))
                .orElseThrow(() -> new IllegalStateException("The hub has no release yet"));
        return tx.release(last.version()).orElseThrow();
    }

    /** Every release, oldest first, without content. */
    public List<Release> all() {
        List<Release> all = new ArrayList<>(store.inTransaction(tx -> tx.releases(false)));
        all.sort(Comparator.comparing(r -> SemanticVersion.parse(r.version())));
        return all;
    }

    /** One release with its content. */
    public Optional<Release> find(String version) {
        return store.inTransaction(tx -> tx.release(version));
    }

    /** The latest release with its content. */
    public Release latest() {
        return store.inTransaction(Releases::latest);
    }

    /** What the next release would be: its least version and the accepted proposals it would bring. */
    public record Next(String version, List<Proposal> proposals) {}

    /** The next release as it would be made now. */
    public Next next() {
        return store.inTransaction(tx -> {
            WorkingVocabulary working = WorkingVocabulary.of(latest(tx), tx.pending());
            SemanticVersion.Bump bump = bump(working);
            String version = bump == null ? null : SemanticVersion.parse(working.latest().version()).next(bump).toString();
            return new Next(version, working.accepted().stream().map(WorkingVocabulary.Accepted::proposal).toList());
        });
    }

    /** Releases the accepted proposals as {@code version} (null: the least step they need), with a note for people. */
    public Release release(Actor actor, String version, String note) {
        if (!actor.coordinates()) {
            throw new ForbiddenProblem("Only a coordinator makes a release; the account " + actor.username() + " is "
                    + actor.role().code() + ".");
        }
        Map<String, String> severities = hub.severities();
        Release made = store.inTransaction(tx -> {
            tx.lockReleases();
            WorkingVocabulary working = WorkingVocabulary.of(latest(tx), tx.pending());
            if (working.accepted().isEmpty()) {
                throw new ReleaseRefusedProblem("No proposal is accepted since " + working.latest().version()
                        + ": nothing to release. Nothing was changed.");
            }
            SemanticVersion prior = SemanticVersion.parse(working.latest().version());
            SemanticVersion.Bump least = bump(working);
            SemanticVersion chosen = chosen(version, prior, least);
            Instant issued = Instant.now();
            Graph graph = Reviewer.copy(working.graph());
            stamp(graph, chosen.toString(), prior.toString(), issued);
            List<Finding> blocking = reviewer.check(graph, severities).stream().filter(Finding::blocking).toList();
            if (!blocking.isEmpty()) {
                throw new BlockingFindingsProblem("Releasing " + chosen, blocking);
            }
            Delta delta = Delta.between(working.released(), graph);
            Release release = new Release(chosen.toString(), prior.toString(), issued, actor.username(),
                    note == null ? "" : note.strip(), RecordCodec.encode(graph), RecordCodec.encode(delta.insertions()),
                    RecordCodec.encode(delta.deletions()));
            tx.insertRelease(release);
            List<Long> ids = working.accepted().stream().map(a -> a.proposal().id()).toList();
            tx.released(ids, chosen.toString());
            tx.audit(actor.username(), actor.node(), "released", null, chosen.toString(),
                    "proposals " + ids + (release.note().isEmpty() ? "" : ": " + release.note()));
            return release;
        });
        hub.publish();
        return made;
    }

    private static SemanticVersion.Bump bump(WorkingVocabulary working) {
        return working.accepted().stream().map(a -> a.change().bump()).max(Comparator.naturalOrder()).orElse(null);
    }

    private static SemanticVersion chosen(String requested, SemanticVersion prior, SemanticVersion.Bump least) {
        if (requested == null || requested.isBlank()) {
            return prior.next(least);
        }
        if (!SemanticVersion.isValid(requested)) {
            throw new ReleaseRefusedProblem("version: three numbers major.minor.patch, e.g. " + prior.next(least) + ". Nothing was changed.");
        }
        SemanticVersion v = SemanticVersion.parse(requested);
        SemanticVersion.Bump step = prior.stepTo(v);
        if (step == null) {
            throw new ReleaseRefusedProblem("version " + v + " is not after the latest release " + prior + ". Nothing was changed.");
        }
        if (step.compareTo(least) < 0) {
            throw new ReleaseRefusedProblem("version " + v + " is a " + step.name().toLowerCase() + " step, but the accepted changes need a "
                    + least.name().toLowerCase() + " step at least (" + prior.next(least) + "). Nothing was changed.");
        }
        return v;
    }

    /** Gives the ontology and every scheme the release's version, and the ontology its version IRI, prior version and date. */
    private static void stamp(Graph graph, String version, String prior, Instant issued) {
        Node ontology = NodeFactory.createURI(CX.ONTOLOGY);
        for (Node p : List.of(OWL.versionIRI.asNode(), OWL.versionInfo.asNode(), OWL.priorVersion.asNode(), DCTerms.issued.asNode(),
                DCTerms.modified.asNode())) {
            graph.find(ontology, p, Node.ANY).toList().forEach(graph::delete);
        }
        Node date = NodeFactory.createLiteralDT(LocalDate.ofInstant(issued, ZoneOffset.UTC).toString(), XSDDatatype.XSDdate);
        graph.add(ontology, OWL.versionIRI.asNode(), NodeFactory.createURI(TransitionVocabulary.VERSION_IRI_BASE + version));
        graph.add(ontology, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(version));
        graph.add(ontology, OWL.priorVersion.asNode(), NodeFactory.createURI(TransitionVocabulary.VERSION_IRI_BASE + prior));
        graph.add(ontology, DCTerms.issued.asNode(), date);
        graph.add(ontology, DCTerms.modified.asNode(), date);
        for (Triple t : graph.find(Node.ANY, RDF.type.asNode(), SKOS.ConceptScheme.asNode()).toList()) {
            graph.find(t.getSubject(), OWL.versionInfo.asNode(), Node.ANY).toList().forEach(graph::delete);
            graph.add(t.getSubject(), OWL.versionInfo.asNode(), NodeFactory.createLiteralString(version));
        }
    }
}
