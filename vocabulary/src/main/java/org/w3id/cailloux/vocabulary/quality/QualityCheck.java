package org.w3id.cailloux.vocabulary.quality;

import java.util.List;
import org.apache.jena.graph.Graph;

/** A named, reusable check of a vocabulary graph (terms and concept schemes). */
public interface QualityCheck {

    /** A stable identifier, e.g. {@code missing-pref-label}. */
    String id();

    /** What the check looks for, in one English sentence. */
    String description();

    /** What the check looks for, in one French sentence. */
    String descriptionFr();

    /** The severity of its findings unless the coordinators set another. */
    Severity defaultSeverity();

    /** The problems found in the vocabulary, in a stable order; empty when it passes. */
    List<QualityIssue> run(Graph vocabulary);
}
