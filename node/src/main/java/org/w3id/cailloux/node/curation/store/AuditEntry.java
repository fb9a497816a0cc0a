package org.w3id.cailloux.node.curation.store;

import java.time.Instant;

/** One curation action in the audit trail: who, from which node, when, what, on which proposal or version, why. */
public record AuditEntry(long id, Instant at, String actor, String actorNode, String action, Long proposalId, String version,
                         String detail) {}
