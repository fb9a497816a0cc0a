package org.w3id.cailloux.vocabulary.quality;

import java.util.List;
import org.apache.jena.graph.Graph;

/** A named, reusable check of a vocabulary graph (terms and concept schemes). */
public interface QualityCheck {

    /** A stable identifier, e.g. {@code missing-pref-label}. */
    String id();

    /** What the check looks for, in one sentence. */
    String description();

    /** The problems found in the vocabulary; empty when it passes. */
    List<QualityIssue> run(Graph vocabulary);
}
