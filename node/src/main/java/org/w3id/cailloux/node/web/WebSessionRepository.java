package org.w3id.cailloux.node.web;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

/** Web sessions in PostgreSQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface WebSessionRepository extends CrudRepository<WebSession, String> {

    /** Forgets every session that expired before {@code now}. */
    void deleteByExpiresAtLessThan(Instant now);
}
