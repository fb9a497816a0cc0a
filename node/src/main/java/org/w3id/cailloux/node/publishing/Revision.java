package org.w3id.cailloux.node.publishing;

import java.time.Instant;

/** One revision of an experiment: who wrote which state when; {@code record} is empty for a tombstone. */
public record Revision(String slug, int number, ExperimentState state, String author, Instant createdAt, String record) {}
