package org.w3id.cailloux.vocabulary.quality;

import java.util.List;
import org.apache.jena.graph.Graph;

/** A check written in Java over the Graph API; its findings come out sorted by focus, then detail. */
abstract class GraphCheck implements QualityCheck {

    private final String id;
    private final Severity severity;
    private final String description;
    private final String descriptionFr;

    GraphCheck(String id, Severity severity, String description, String descriptionFr) {
        this.id = id;
        this.severity = severity;
        this.description = description;
        this.descriptionFr = descriptionFr;
    }

    /** Adds every problem found to {@code found}, in any order. */
    abstract void find(Graph vocabulary, Findings found);

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final String descriptionFr() {
        return descriptionFr;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final List<QualityIssue> run(Graph vocabulary) {
        Findings found = new Findings(id);
        find(vocabulary, found);
        return found.list();
    }
}
