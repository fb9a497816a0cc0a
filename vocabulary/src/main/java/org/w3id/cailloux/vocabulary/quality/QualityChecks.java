package org.w3id.cailloux.vocabulary.quality;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;

/** Every quality check of the vocabulary, run together; the curation workflow runs them on each proposed change. */
public final class QualityChecks {

    /** The identifiers of the checks written in SPARQL, in the order they run. */
    public static final List<String> SPARQL_CHECKS = List.of(
            "missing-pref-label",
            "duplicate-pref-label",
            "missing-definition",
            "concept-outside-scheme",
            "orphan-concept",
            "broader-cycle",
            "same-label-in-scheme",
            "related-clashes-hierarchy",
            "deprecated-without-replacement",
            "term-without-label-or-comment");

    private final List<QualityCheck> checks;

    private QualityChecks(List<QualityCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** All the checks: the SPARQL ones and the Java constants check. */
    public static QualityChecks all() {
        List<QualityCheck> checks = new ArrayList<>();
        SPARQL_CHECKS.forEach(id -> checks.add(SparqlCheck.load(id)));
        checks.add(new JavaConstantsCheck());
        return new QualityChecks(checks);
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

    /** Every issue that any check finds in the vocabulary. */
    public List<QualityIssue> run(Graph vocabulary) {
        return checks.stream().flatMap(c -> c.run(vocabulary).stream()).toList();
    }
}
