package org.w3id.cailloux.bench;

import java.util.List;

/**
 * One synthetic experiment, as plain values: the generator's output, rendered as RDF by
 * {@link ExperimentRdf} and as the publishing API's JSON form by {@link ExperimentJsonForm}.
 * Concepts are slugs in their scheme; {@code titleEn} may be null.
 */
public record ExperimentSpec(
        String slug,
        String titleFr,
        String titleEn,
        String summaryFr,
        String status,
        String startDate,
        String endDate,
        List<String> pillars,
        List<String> themes,
        String participationLevel,
        List<String> devices,
        Narrative narrative,
        List<Means> means,
        List<Effect> effects,
        List<Lesson> lessons,
        List<Milestone> milestones,
        List<String> inspiredBy) {

    /** The récit of the experiment, {@code #narrative-1}. */
    public record Narrative(String titleFr, String textFr) {}

    /** Means engaged; {@code amount} and {@code unit} may be null. */
    public record Means(String id, String type, String descriptionFr, Long amount, String unit) {}

    /** An effect with one or more effect types. */
    public record Effect(String id, List<String> types, String descriptionFr) {}

    /** A success or a limit. */
    public record Lesson(String id, String kind, String descriptionFr) {}

    /** A dated small victory (caillou blanc); {@code date} is {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public record Milestone(String id, String titleFr, String date) {}
}
