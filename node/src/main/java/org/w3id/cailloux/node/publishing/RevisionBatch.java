package org.w3id.cailloux.node.publishing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many revisions appended in one transaction with a handful of round trips: the current revisions
 * read in one query, then the experiment rows and the revisions each sent as one statement over
 * arrays ({@code unnest}). Row by row, even batched, PostgreSQL spent about a third of its import
 * time binding and executing each row apart.
 */
final class RevisionBatch {

    /** One record to append: its slug, canonical text and search fields. */
    record Row(String slug, String record, SearchFields fields) {}

    /** What was written: each experiment's new current version, in the order of the rows, and the last change number. */
    record Written(List<StoredExperiment> experiments, long lastChange) {}

    private static final String UPSERT_EXPERIMENTS = """
            INSERT INTO experiment (slug, state, current_revision, title, status, themes, search)
            SELECT slug, ?, number, title, status, string_to_array(themes, ' '), to_tsvector('french', text)
            FROM unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[]) AS row (slug, number, title, status, themes, text)
            ON CONFLICT (slug) DO UPDATE SET state = EXCLUDED.state, current_revision = EXCLUDED.current_revision,
                title = EXCLUDED.title, status = EXCLUDED.status, themes = EXCLUDED.themes,
                search = EXCLUDED.search, updated_at = now()
            RETURNING slug, updated_at""";

    private static final String INSERT_REVISIONS = """
            INSERT INTO experiment_revision (slug, number, state, author, record)
            SELECT slug, number, ?, ?, record FROM unnest(?::text[], ?::int[], ?::text[]) WITH ORDINALITY AS row (slug, number, record, position)
            ORDER BY position
            RETURNING change""";

    private RevisionBatch() {}

    /** Appends one revision per row (the next number of its experiment, 1 for a new one) and makes it current. */
    static Written write(ExperimentStore.Tx tx, List<Row> rows, ExperimentState state, String author) throws SQLException {
        Connection connection = tx.connection();
        Map<String, Integer> current = currentRevisions(connection,
                connection.createArrayOf("text", rows.stream().map(Row::slug).distinct().toArray()));
        List<Integer> numbers = new ArrayList<>(rows.size());
        // A slug twice in one file gets two revisions, one after the other, as if sent one by one; its row shows the last
        Map<String, Integer> lastRowOfSlug = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            numbers.add(current.merge(rows.get(i).slug(), 1, Integer::sum));
            lastRowOfSlug.put(rows.get(i).slug(), i);
        }
        Map<String, Instant> updated = upsertExperiments(connection, rows, numbers, lastRowOfSlug.values(), state);
        long lastChange = insertRevisions(connection, rows, numbers, state, author);
        List<StoredExperiment> experiments = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            experiments.add(new StoredExperiment(row.slug(), state, numbers.get(i), row.record(), updated.get(row.slug())));
        }
        return new Written(experiments, lastChange);
    }

    /** Makes the given rows current, one per experiment; returns when each experiment row was updated. */
    private static Map<String, Instant> upsertExperiments(Connection connection, List<Row> rows, List<Integer> numbers,
                                                          Collection<Integer> current, ExperimentState state) throws SQLException {
        List<Row> chosen = current.stream().map(rows::get).toList();
        try (PreparedStatement st = connection.prepareStatement(UPSERT_EXPERIMENTS)) {
            st.setString(1, state.code());
            st.setArray(2, connection.createArrayOf("text", chosen.stream().map(Row::slug).toArray()));
            st.setArray(3, connection.createArrayOf("int4", current.stream().map(numbers::get).toArray()));
            st.setArray(4, connection.createArrayOf("text", chosen.stream().map(row -> row.fields().title()).toArray()));
            st.setArray(5, connection.createArrayOf("text", chosen.stream().map(row -> row.fields().status()).toArray()));
            st.setArray(6, connection.createArrayOf("text", chosen.stream().map(row -> String.join(" ", row.fields().themes())).toArray()));
            st.setArray(7, connection.createArrayOf("text", chosen.stream().map(row -> row.fields().text()).toArray()));
            Map<String, Instant> updated = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    updated.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }
            }
            return updated;
        }
    }

    /** Appends every row's revision, in the order of the rows; returns the change number of the last. */
    private static long insertRevisions(Connection connection, List<Row> rows, List<Integer> numbers, ExperimentState state,
                                        String author) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(INSERT_REVISIONS)) {
            st.setString(1, state.code());
            st.setString(2, author);
            st.setArray(3, connection.createArrayOf("text", rows.stream().map(Row::slug).toArray()));
            st.setArray(4, connection.createArrayOf("int4", numbers.toArray()));
            st.setArray(5, connection.createArrayOf("text", rows.stream().map(Row::record).toArray()));
            long last = -1;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    last = Math.max(last, rs.getLong(1));
                }
            }
            return last;
        }
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
}
