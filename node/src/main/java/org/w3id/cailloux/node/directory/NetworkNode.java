package org.w3id.cailloux.node.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code network_node}: a node that registered with this directory, and the admin's decision. */
@MappedEntity("network_node")
public record NetworkNode(@Id String url, String city, String state, @DateCreated Instant registeredAt,
                          @Nullable Instant decidedAt, @Nullable String decidedBy) {}
