package org.w3id.cailloux.vocabulary.quality;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;

/**
 * The issues of one check, without duplicates and sorted by focus then detail, so that the same
 * graph always gives the same list whatever order its triples are stored in.
 */
final class Findings {

    private static final Comparator<QualityIssue> ORDER =
            Comparator.comparing(QualityIssue::focus).thenComparing(QualityIssue::detail);

    private final String checkId;
    private final Set<QualityIssue> issues = new TreeSet<>(ORDER);

    Findings(String checkId) {
        this.checkId = checkId;
    }

    void add(String focus, String detail) {
        issues.add(new QualityIssue(checkId, focus, detail));
    }

    void add(Node focus, String detail) {
        add(Terms.focus(focus), detail);
    }

    List<QualityIssue> list() {
        return List.copyOf(issues);
    }
}
