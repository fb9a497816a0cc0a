package org.w3id.cailloux.node.directory;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The directory's registrations in PostgreSQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface NetworkNodeRepository extends CrudRepository<NetworkNode, String> {

    /** Registrations in this state, by URL. */
    List<NetworkNode> findByStateOrderByUrl(String state);
}
