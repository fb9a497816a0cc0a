package org.w3id.cailloux.node.security;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code api_token}: the SHA-256 of a bearer token, whose it is, until when. */
@MappedEntity("api_token")
public record ApiToken(@Id String tokenHash, String username, String label, @DateCreated Instant createdAt, Instant expiresAt) {}
