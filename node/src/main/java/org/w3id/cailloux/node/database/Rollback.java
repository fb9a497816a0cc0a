package org.w3id.cailloux.node.database;

import java.sql.Connection;
import java.sql.SQLException;

/** Rolling back after a failure without hiding it. */
public final class Rollback {

    private Rollback() {}

    /**
     * Rolls back {@code connection}'s transaction after {@code failure}; a rollback that fails too (the connection
     * already lost) is attached to the failure instead of replacing it, so that the first cause stays the one reported.
     */
    public static void after(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
