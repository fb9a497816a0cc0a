package org.w3id.cailloux.node.publishing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many revisions appended in one transaction with a handful of round trips: the current revisions
 * read in one query, the experiment rows and the revisions sent as two JDBC batches. A bulk import
 * spent most of its database time waiting for one statement after the other.
 */
final class RevisionBatch {

    /** One record to append: its slug, canonical text and search fields. */
    record Row(String slug, String record, SearchFields fields) {}

    /** What was written: each experiment's new current version, in the order of the rows, and the last change number. */
    record Written(List<StoredExperiment> experiments, long lastChange) {}

    private RevisionBatch() {}

    /** Appends one revision per row (the next number of its experiment, 1 for a new one) and makes it current. */
    static Written write(ExperimentStore.Tx tx, List<Row> rows, ExperimentState state, String author) throws SQLException {
        Connection connection = tx.connection();
        Array slugs = connection.createArrayOf("text", rows.stream().map(Row::slug).distinct().toArray());
        Map<String, Integer> current = currentRevisions(connection, slugs);
        List<Integer> numbers = new ArrayList<>(rows.size());
        for (Row row : rows) {
            // A slug twice in one file gets two revisions, one after the other, as if sent one by one
            int number = current.merge(row.slug(), 1, Integer::sum);
            numbers.add(number);
        }
        try (PreparedStatement st = connection.prepareStatement(ExperimentStore.UPSERT_EXPERIMENT)) {
            for (int i = 0; i < rows.size(); i++) {
                ExperimentStore.bindExperiment(st, rows.get(i).slug(), numbers.get(i), state, rows.get(i).fields());
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = connection.prepareStatement(ExperimentStore.INSERT_REVISION)) {
            for (int i = 0; i < rows.size(); i++) {
                ExperimentStore.bindRevision(st, rows.get(i).slug(), numbers.get(i), state, author, rows.get(i).record());
                st.addBatch();
            }
            st.executeBatch();
        }
        Map<String, Instant> updated = updatedAt(connection, slugs);
        List<StoredExperiment> experiments = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            experiments.add(new StoredExperiment(row.slug(), state, numbers.get(i), row.record(), updated.get(row.slug())));
        }
        return new Written(experiments, lastChange(connection));
    }

    /** Current revision numbers of those that exist, their rows locked until commit. */
    private static Map<String, Integer> currentRevisions(Connection connection, Array slugs) throws SQLException {
        Map<String, Integer> current = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT slug, current_revision FROM experiment WHERE slug = ANY (?) FOR UPDATE")) {
            st.setArray(1, slugs);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    current.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return current;
    }

    private static Map<String, Instant> updatedAt(Connection connection, Array slugs) throws SQLException {
        Map<String, Instant> updated = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT slug, updated_at FROM experiment WHERE slug = ANY (?)")) {
            st.setArray(1, slugs);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    updated.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        return updated;
    }

    /** The change number of the last revision appended: the sequence's last value in this session. */
    private static long lastChange(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT currval('change_seq')");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
