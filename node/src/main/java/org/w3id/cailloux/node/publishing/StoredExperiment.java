package org.w3id.cailloux.node.publishing;

import java.time.Instant;

/** An experiment as PostgreSQL holds it now: its current revision and that revision's record (N-Triples). */
public record StoredExperiment(String slug, ExperimentState state, int revision, String record, Instant updatedAt) {

    /** The entity tag of this version, for {@code ETag} and {@code If-Match}. */
    public String etag() {
        return "\"" + slug + "-r" + revision + "\"";
    }
}
