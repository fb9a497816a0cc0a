package org.w3id.cailloux.vocabulary;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The concept schemes of the vocabulary; each scheme's concepts live under its IRI plus a slash. */
public enum Scheme {
    STATUSES("statuses"),
    PILLARS("pillars"),
    THEMES("themes"),
    PARTICIPATION_LEVELS("participation-levels"),
    DEVICES("devices"),
    ACTOR_ROLES("actor-roles"),
    MEANS_TYPES("means-types"),
    EFFECT_TYPES("effect-types"),
    LESSON_KINDS("lesson-kinds");

    /** The common root of every scheme IRI. */
    public static final String NS = "https://w3id.org/cailloux/scheme/";

    private final String slug;
    private final Resource resource;

    Scheme(String slug) {
        this.slug = slug;
        this.resource = ResourceFactory.createResource(NS + slug);
    }

    /** The last segment of the scheme IRI, e.g. {@code participation-levels}. */
    public String slug() {
        return slug;
    }

    /** The scheme as a resource. */
    public Resource resource() {
        return resource;
    }

    /** The IRI of the scheme. */
    public String iri() {
        return resource.getURI();
    }

    /** The IRI of one of this scheme's concepts, e.g. {@code STATUSES.concept("running")}. */
    public Resource concept(String conceptSlug) {
        return ResourceFactory.createResource(NS + slug + "/" + conceptSlug);
    }
}
