package org.w3id.cailloux.node.curation.migration;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.curation.problems.CurationRequestProblem;
import org.w3id.cailloux.node.publishing.ExperimentStore;
import org.w3id.cailloux.node.publishing.PublishingService;
import org.w3id.cailloux.node.publishing.StoredExperiment;
import org.w3id.cailloux.node.publishing.record.ExperimentRecord;
import org.w3id.cailloux.node.publishing.record.RecordCodec;
import org.w3id.cailloux.node.web.RecordTitles;
import org.w3id.cailloux.node.vocabulary.VocabularyPage;

/**
 * What a release means for this node's data: the experiments (drafts and published) that use a deprecated concept,
 * each with the replacement the vocabulary proposes. A staff member applies a replacement, never the node on its own:
 * each is a new revision with that staff member as author, which the revision history can undo like any other.
 */
@Singleton
public class Migrations {

    /** A deprecated concept this node's data uses, its replacements, and the experiments that use it. */
    public record Pending(VocabularyPage.ConceptRow concept, List<VocabularyPage.ConceptRow> replacements, List<Use> uses) {

        /** True when the vocabulary names exactly one replacement, which a single confirmation applies everywhere. */
        public boolean oneToOne() {
            return replacements.size() == 1;
        }
    }

    /** One experiment using the deprecated concept. */
    public record Use(String slug, String title, String state, int revision) {}

    private final VocabularyPage vocabulary;
    private final ExperimentStore store;
    private final PublishingService publishing;
    private final NodeIdentity identity;
    private final RecordTitles titles;

    Migrations(VocabularyPage vocabulary, ExperimentStore store, PublishingService publishing, NodeIdentity identity,
               RecordTitles titles) {
        this.titles = titles;
        this.vocabulary = vocabulary;
        this.store = store;
        this.publishing = publishing;
        this.identity = identity;
    }

    /** Every deprecated concept this node's experiments use, with those experiments. */
    public List<Pending> pending() {
        Map<String, VocabularyPage.ConceptRow> deprecated = new LinkedHashMap<>();
        vocabulary.schemes().forEach(s -> s.concepts().stream().filter(VocabularyPage.ConceptRow::deprecated)
                .forEach(c -> deprecated.put(c.iri(), c)));
        List<StoredExperiment> using = store.mentioning(List.copyOf(deprecated.keySet()));
        List<Pending> pending = new ArrayList<>();
        for (VocabularyPage.ConceptRow concept : deprecated.values()) {
            String token = "<" + concept.iri() + "> .";
            List<Use> uses = using.stream().filter(e -> e.record().contains(token))
                    .map(e -> new Use(e.slug(), titles.title(e.slug(), e.record()), e.state().code(), e.revision())).toList();
            if (!uses.isEmpty()) {
                List<VocabularyPage.ConceptRow> replacements = concept.replacedBy().stream()
                        .map(iri -> vocabulary.concept(iri).orElse(null)).filter(java.util.Objects::nonNull).toList();
                pending.add(new Pending(concept, replacements, uses));
            }
        }
        return pending;
    }

    /**
     * Replaces {@code concept} by {@code replacements} in experiment {@code slug}, as a new revision by {@code author}: every
     * value that was the concept becomes each of the replacements. The record is validated as any write.
     */
    public StoredExperiment apply(String slug, String concept, List<String> replacements, String author, String language) {
        VocabularyPage.ConceptRow row = vocabulary.concept(concept).filter(VocabularyPage.ConceptRow::deprecated)
                .orElseThrow(() -> new CurationRequestProblem("concept: " + concept + " is not a deprecated concept of the vocabulary"
                        + " this node runs (" + vocabulary.version() + ")."));
        List<String> chosen = replacements == null || replacements.isEmpty() ? row.replacedBy() : replacements;
        if (chosen.isEmpty()) {
            throw new CurationRequestProblem("The vocabulary names no replacement for " + concept
                    + ": choose one in 'replacements', or edit the experiment by hand.");
        }
        for (String r : chosen) {
            if (vocabulary.concept(r).filter(c -> !c.deprecated()).isEmpty()) {
                throw new CurationRequestProblem("replacements: " + r + " is not a concept in force in the vocabulary.");
            }
        }
        StoredExperiment current = store.find(slug).filter(e -> e.state() != org.w3id.cailloux.node.publishing.ExperimentState.DELETED)
                .orElseThrow(() -> new CurationRequestProblem("No experiment has the slug '" + slug + "' on this node."));
        Graph graph = RecordCodec.decode(current.record());
        Node old = NodeFactory.createURI(concept);
        List<Triple> uses = graph.find(Node.ANY, Node.ANY, old).toList();
        if (uses.isEmpty()) {
            throw new CurationRequestProblem("The experiment '" + slug + "' does not use " + concept + " (any more).");
        }
        for (Triple t : uses) {
            graph.delete(t);
            chosen.forEach(r -> graph.add(t.getSubject(), t.getPredicate(), NodeFactory.createURI(r)));
        }
        ExperimentRecord record = new ExperimentRecord(slug, identity.experimentIri(slug), graph);
        return publishing.update(record, current.state(), current.etag(), author, language);
    }

    /** Applies every one-to-one replacement to every experiment that needs it; returns how many revisions it made. */
    public int applyOneToOne(String author, String language) {
        int made = 0;
        for (Pending p : pending()) {
            if (p.oneToOne()) {
                for (Use use : p.uses()) {
                    apply(use.slug(), p.concept().iri(), List.of(p.replacements().get(0).iri()), author, language);
                    made++;
                }
            }
        }
        return made;
    }
}
