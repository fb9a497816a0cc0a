package org.w3id.cailloux.node.security;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Staff users in PostgreSQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StaffUserRepository extends CrudRepository<StaffUser, String> {}
