package org.w3id.cailloux.vocabulary.quality;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/** Every quality check of the vocabulary, run together; the curation workflow runs them on each proposed change. */
public final class QualityChecks {

    /** The identifiers of the checks written in SPARQL. */
    public static final List<String> SPARQL_CHECKS = List.of(
            "missing-pref-label",
            "duplicate-pref-label",
            "missing-definition",
            "concept-outside-scheme",
            "orphan-concept",
            "deprecated-without-replacement",
            "term-without-label-or-comment",
            "empty-label",
            "incomplete-language-coverage",
            "undocumented-concept",
            "disjoint-labels",
            "valueless-associative-relation",
            "scheme-without-top-concepts",
            "top-concept-with-broader",
            "reflexive-relation",
            "one-way-relation",
            "mapping-inside-scheme",
            "mapping-clash",
            "non-http-iri",
            "replacement-unusable");

    private final List<QualityCheck> checks;

    private QualityChecks(List<QualityCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** All the checks the build runs: the curation checks against this module's shapes, and the Java constants check. */
    public static QualityChecks all() {
        Graph shapes = GraphFactory.createDefaultGraph();
        TransitionVocabulary.read("shapes.ttl", shapes);
        List<QualityCheck> checks = curationChecks(shapes);
        checks.add(new JavaConstantsCheck());
        return new QualityChecks(checks);
    }

    /** The checks a curated release must pass: all but the Java constants check, with the shapes check against {@code shapes}. */
    public static QualityChecks curation(Graph shapes) {
        return new QualityChecks(curationChecks(shapes));
    }

    private static List<QualityCheck> curationChecks(Graph shapes) {
        List<QualityCheck> checks = new ArrayList<>();
        checks.add(SparqlCheck.load("missing-pref-label"));
        checks.add(SparqlCheck.load("duplicate-pref-label"));
        checks.add(SparqlCheck.load("missing-definition"));
        checks.add(SparqlCheck.load("concept-outside-scheme"));
        checks.add(SparqlCheck.load("orphan-concept"));
        checks.add(new BroaderCycleCheck());
        checks.add(new SameLabelInSchemeCheck());
        checks.add(new RelatedClashesHierarchyCheck());
        checks.add(SparqlCheck.load("deprecated-without-replacement"));
        checks.add(SparqlCheck.load("term-without-label-or-comment"));
        checks.add(SparqlCheck.load("empty-label"));
        checks.add(new LabelLanguageTagCheck());
        checks.add(SparqlCheck.load("incomplete-language-coverage"));
        checks.add(SparqlCheck.load("undocumented-concept"));
        checks.add(new OverlappingLabelsCheck());
        checks.add(SparqlCheck.load("disjoint-labels"));
        checks.add(new UnprintableCharactersCheck());
        checks.add(new DisconnectedClustersCheck());
        checks.add(SparqlCheck.load("valueless-associative-relation"));
        checks.add(SparqlCheck.load("scheme-without-top-concepts"));
        checks.add(SparqlCheck.load("top-concept-with-broader"));
        checks.add(new HierarchicalRedundancyCheck());
        checks.add(SparqlCheck.load("reflexive-relation"));
        checks.add(SparqlCheck.load("one-way-relation"));
        checks.add(SparqlCheck.load("mapping-inside-scheme"));
        checks.add(new UndefinedSkosTermCheck());
        checks.add(SparqlCheck.load("mapping-clash"));
        checks.add(SparqlCheck.load("non-http-iri"));
        checks.add(SparqlCheck.load("replacement-unusable"));
        checks.add(new ShapesReferenceCheck(shapes));
        return checks;
    }

    /** The checks, in the order they run. */
    public List<QualityCheck> checks() {
        return checks;
    }

    /** The check with this identifier. */
    public QualityCheck byId(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No quality check named " + id));
    }

    /** Every issue that any check finds in the vocabulary, check after check. */
    public List<QualityIssue> run(Graph vocabulary) {
        return checks.stream().flatMap(c -> c.run(vocabulary).stream()).toList();
    }
}
