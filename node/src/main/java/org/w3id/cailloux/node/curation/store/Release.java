package org.w3id.cailloux.node.curation.store;

import java.time.Instant;

/** A released version of the vocabulary: immutable, its content and its delta from the prior version as N-Triples. */
public record Release(String version, String priorVersion, Instant issuedAt, String releasedBy, String note, String content,
                      String insertions, String deletions) {}
