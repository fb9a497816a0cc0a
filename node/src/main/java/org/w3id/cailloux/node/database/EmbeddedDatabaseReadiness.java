package org.w3id.cailloux.node.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Holds the connection pool back until the embedded PostgreSQL, started alongside the application
 * context, accepts connections: the pool opens its first connection as soon as it is built.
 */
@Singleton
@Requires(beans = EmbeddedDatabase.class)
class EmbeddedDatabaseReadiness implements BeanCreatedEventListener<DatasourceConfiguration> {

    private final EmbeddedDatabase database;

    EmbeddedDatabaseReadiness(EmbeddedDatabase database) {
        this.database = database;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        database.awaitStarted();
        return event.getBean();
    }
}
