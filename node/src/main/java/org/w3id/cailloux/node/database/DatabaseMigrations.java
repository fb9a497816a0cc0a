package org.w3id.cailloux.node.database;

import io.micronaut.context.annotation.Context;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration} when the node
 * starts, before anything reads or writes. Run here rather than through micronaut-flyway, which
 * would also put Micronaut's management endpoints on the public port.
 */
@Context
public class DatabaseMigrations {

    DatabaseMigrations(DataSource dataSource) {
        Flyway.configure()
                .dataSource(DelegatingDataSource.unwrapDataSource(dataSource))
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
