package org.w3id.cailloux.node.linkeddata;

import java.util.List;

/**
 * What an experiment's HTML page shows, read from its named graph ({@link ExperimentPageReader}):
 * texts in French with their English version, concepts with the vocabulary's labels, milestones by date.
 */
public record ExperimentPage(
        String iri, String slug, Text title, Text summary, ConceptLabel status,
        PageDate startDate, PageDate endDate, String territoryIri,
        List<ConceptLabel> pillars, List<ConceptLabel> themes, ConceptLabel participationLevel, List<ConceptLabel> devices,
        List<Narrative> narratives, List<Actor> actors, List<Described> means, List<Described> effects,
        List<Described> successes, List<Described> limits, List<Milestone> milestones,
        List<Link> inspiredBy, List<Link> adaptedFrom, List<Link> related, List<Link> sources, List<Link> pages, List<Download> downloads) {

    /** A text in French and, when given, English (empty string when missing). */
    public record Text(String fr, String en) {
        /** Whether an English version exists. */
        public boolean hasEn() {
            return !en.isEmpty();
        }
    }

    /** A narrative (récit), quoted as told. */
    public record Narrative(String id, Text title, Text text, String creator, List<Link> sources, List<Link> about) {}

    /** An agent and the role it played. */
    public record Actor(String agentIri, String name, ConceptLabel role, Text comment) {}

    /** Means, an effect or a lesson: its kind (a concept) and what the record says of it. */
    public record Described(String id, ConceptLabel kind, Text description, String value, String unit) {}

    /** A white pebble: a dated small victory. */
    public record Milestone(String id, PageDate date, Text title, Text description) {}

    /** A link: its target (null for a plain citation) and the text to show. */
    public record Link(String href, String text) {}

    /** A download of the same description in one RDF format. */
    public record Download(String href, String label, String mediaType) {}
}
