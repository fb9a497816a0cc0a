package org.w3id.cailloux.node.database;

import io.micronaut.http.HttpStatus;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.w3id.cailloux.node.problem.ProblemException;

/**
 * PostgreSQL cannot be reached (stopped, restarting, the network to it cut): 503 with {@code Retry-After}, nothing
 * written. The node comes back by itself once the database answers again: the pool opens new connections on demand.
 */
public final class DatabaseUnavailableProblem extends ProblemException {

    /** Seconds a client is asked to wait before trying again. */
    static final String RETRY_AFTER_SECONDS = "5";

    public DatabaseUnavailableProblem() {
        super("database-unavailable", "Database unavailable", HttpStatus.SERVICE_UNAVAILABLE,
                "The node's database does not answer at the moment, so nothing was written or read from it. "
                        + "Try again in a few seconds; the node's SPARQL endpoint keeps answering from its index meanwhile.");
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", RETRY_AFTER_SECONDS);
    }

    /**
     * Whether {@code error} comes from the database being out of reach rather than from what was asked: a connection
     * the pool could not get in time, or a connection-class SQL state (08: connection exception; 57P01–57P03: the
     * server shutting down or starting).
     */
    public static boolean causedBy(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
