package org.w3id.cailloux.node.curation.store;

import java.time.Instant;

/** A comment in a proposal's thread. */
public record Comment(long id, long proposalId, String author, String authorNode, String body, Instant createdAt) {}
