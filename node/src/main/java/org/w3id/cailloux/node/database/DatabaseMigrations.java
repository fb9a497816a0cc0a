package org.w3id.cailloux.node.database;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cailloux.node.backup.BackupException;
import org.w3id.cailloux.node.backup.DatabaseBackup;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration} when the node
 * starts, before anything reads or writes; then, when {@code cailloux.restore-from} names a backup
 * ({@code ./cailloux restore FILE}), restores it into the new node's empty database. Run here rather
 * than through micronaut-flyway, which would also put Micronaut's management endpoints on the public port.
 */
@Context
public class DatabaseMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigrations.class);

    DatabaseMigrations(DataSource dataSource, DatabaseBackup backup, @Nullable @Value("${cailloux.restore-from:}") String restoreFrom) {
        Flyway.configure()
                .dataSource(DelegatingDataSource.unwrapDataSource(dataSource))
                .locations("classpath:db/migration")
                .load()
                .migrate();
        if (restoreFrom != null && !restoreFrom.isBlank()) {
            try {
                DatabaseBackup.Restored restored = backup.restore(Path.of(restoreFrom));
                LOG.info("Restored the backup {} made at {}: {}", restoreFrom, restored.madeAt(), restored.rows());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the backup " + restoreFrom, e);
            } catch (SQLException e) {
                throw new BackupException("The backup " + restoreFrom + " could not be restored: " + e.getMessage());
            }
        }
    }
}
