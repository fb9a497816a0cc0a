package org.w3id.cailloux.node.curation.review;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cailloux.node.curation.change.Change;
import org.w3id.cailloux.node.curation.change.Delta;
import org.w3id.cailloux.node.vocabulary.LiveVocabulary;
import org.w3id.cailloux.vocabulary.quality.QualityCheck;
import org.w3id.cailloux.vocabulary.quality.QualityChecks;
import org.w3id.cailloux.vocabulary.quality.QualityIssue;

/** Runs every curation check on a vocabulary, and on a vocabulary with one change applied, before and after. */
@Singleton
public class Reviewer {

    private final QualityChecks checks;

    Reviewer(LiveVocabulary vocabulary) {
        this.checks = QualityChecks.curation(vocabulary.shipped().shapesGraph());
    }

    /** The checks, in the order they run. */
    public List<QualityCheck> checks() {
        return checks.checks();
    }

    /** Every finding on {@code vocabulary}, each with its severity here ({@code severities} by check id, else the default). */
    public List<Finding> check(Graph vocabulary, Map<String, String> severities) {
        List<Finding> findings = new ArrayList<>();
        for (QualityCheck check : checks.checks()) {
            String severity = severities.getOrDefault(check.id(), check.defaultSeverity().code());
            for (QualityIssue issue : check.run(vocabulary)) {
                findings.add(new Finding(check.id(), severity, issue.focus(), issue.detail()));
            }
        }
        return findings;
    }

    /** {@code change} applied to a copy of {@code base}, checked; {@code before} are the findings on {@code base}. */
    public Review review(Graph base, List<Finding> before, Change change, Map<String, String> severities) {
        Graph after = copy(base);
        change.apply(after);
        return compare(base, before, after, severities);
    }

    /** Compares the findings on {@code base} with those on {@code after}. */
    public Review compare(Graph base, List<Finding> before, Graph after, Map<String, String> severities) {
        List<Finding> found = check(after, severities);
        Set<String> beforeKeys = new HashSet<>();
        before.forEach(f -> beforeKeys.add(f.key()));
        Set<String> afterKeys = new HashSet<>();
        found.forEach(f -> afterKeys.add(f.key()));
        List<Finding> introduced = found.stream().filter(f -> !beforeKeys.contains(f.key())).toList();
        List<Finding> resolved = before.stream().filter(f -> !afterKeys.contains(f.key())).toList();
        return new Review(before, found, introduced, resolved, Delta.between(base, after));
    }

    /** A copy of a graph to change. */
    public static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }
}
