package org.w3id.cailloux.node.web;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code web_session}: the SHA-256 of a session cookie, whose it is, its CSRF token, until when. */
@MappedEntity("web_session")
public record WebSession(@Id String idHash, String username, String csrfToken, @DateCreated Instant createdAt,
                         Instant expiresAt) {}
