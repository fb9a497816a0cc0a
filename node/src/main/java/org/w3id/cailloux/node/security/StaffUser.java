package org.w3id.cailloux.node.security;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code staff_user}: a person who may write, with the slow hash of their password. */
@MappedEntity("staff_user")
public record StaffUser(@Id String username, String passwordHash, String role, @DateCreated Instant createdAt) {}
