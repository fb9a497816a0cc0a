package org.w3id.cailloux.node.publishing;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.w3id.cailloux.node.database.Rollback;

/**
 * Experiments and their revisions in PostgreSQL, in plain JDBC: every write runs in a {@link Tx}
 * that commits everything or nothing. (Plain SQL rather than Micronaut Data here: the full-text
 * columns and the append-only revision log are clearer in SQL.)
 */
@Singleton
public class ExperimentStore {

    private final DataSource dataSource;

    ExperimentStore(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Work done inside one database transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(new Tx(connection));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                Rollback.after(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("The database refused the write", e);
        }
    }

    /** The experiment's current version, if it exists (deleted ones included, as tombstones); a plain read, no lock. */
    public Optional<StoredExperiment> find(String slug) {
        return inTransaction(tx -> tx.find(slug, false));
    }

    /** Every revision of the experiment, oldest first, without their records. */
    public List<Revision> revisions(String slug) {
        return inTransaction(tx -> {
            List<Revision> revisions = new ArrayList<>();
            try (PreparedStatement st = tx.connection.prepareStatement(
                    "SELECT number, state, author, created_at FROM experiment_revision WHERE slug = ? ORDER BY number")) {
                st.setString(1, slug);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        revisions.add(new Revision(slug, rs.getInt(1), ExperimentState.ofCode(rs.getString(2)),
                                rs.getString(3), rs.getTimestamp(4).toInstant(), null));
                    }
                }
            }
            return revisions;
        });
    }

    /** One revision with its record. */
    public Optional<Revision> revision(String slug, int number) {
        return inTransaction(tx -> {
            try (PreparedStatement st = tx.connection.prepareStatement(
                    "SELECT state, author, created_at, record FROM experiment_revision WHERE slug = ? AND number = ?")) {
                st.setString(1, slug);
                st.setInt(2, number);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Revision(slug, number, ExperimentState.ofCode(rs.getString(1)),
                            rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)));
                }
            }
        });
    }

    /** The current record of every published experiment, by slug, and the last change number of the database. */
    public Snapshot publishedSnapshot() {
        return inTransaction(tx -> {
            Map<String, String> records = new LinkedHashMap<>();
            try (PreparedStatement st = tx.connection.prepareStatement("""
                    SELECT e.slug, r.record FROM experiment e
                    JOIN experiment_revision r ON r.slug = e.slug AND r.number = e.current_revision
                    WHERE e.state = 'published' ORDER BY e.slug""");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    records.put(rs.getString(1), rs.getString(2));
                }
            }
            return new Snapshot(records, tx.document("territory").orElse(null), tx.lastChange());
        });
    }

    /** The current version of every experiment not deleted whose record names one of these IRIs, by slug. */
    public List<StoredExperiment> mentioning(List<String> iris) {
        if (iris.isEmpty()) {
            return List.of();
        }
        return inTransaction(tx -> {
            List<StoredExperiment> found = new ArrayList<>();
            // The records are canonical N-Triples: an IRI used as a value appears as "<iri> ." at the end of a line
            try (PreparedStatement st = tx.connection.prepareStatement("""
                    SELECT e.slug, e.state, e.current_revision, r.record, e.updated_at FROM experiment e
                    JOIN experiment_revision r ON r.slug = e.slug AND r.number = e.current_revision
                    WHERE e.state <> 'deleted' AND r.record LIKE ANY (?) ORDER BY e.slug""")) {
                st.setArray(1, tx.connection.createArrayOf("text", iris.stream()
                        .map(iri -> "%<" + iri.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "> .%").toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.add(new StoredExperiment(rs.getString(1), ExperimentState.ofCode(rs.getString(2)), rs.getInt(3),
                                rs.getString(4), rs.getTimestamp(5).toInstant()));
                    }
                }
            }
            return found;
        });
    }

    /** The last change number of the database; 0 before any change. */
    public long lastChange() {
        return inTransaction(Tx::lastChange);
    }

    /**
     * The slugs of the experiments with a revision newer than change {@code after}, when they are at most
     * {@code limit} and nothing else changed since (the territory, the vocabulary); empty otherwise.
     */
    public Optional<Set<String>> experimentsChangedSince(long after, int limit) {
        return inTransaction(tx -> {
            try (PreparedStatement others = tx.connection.prepareStatement("""
                    SELECT greatest((SELECT coalesce(max(change), 0) FROM node_document),
                                    (SELECT coalesce(max(change), 0) FROM vocabulary_installation))""");
                 ResultSet rs = others.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > after) {
                    return Optional.empty();
                }
            }
            Set<String> slugs = new LinkedHashSet<>();
            try (PreparedStatement st = tx.connection.prepareStatement(
                    "SELECT DISTINCT slug FROM experiment_revision WHERE change > ? LIMIT ?")) {
                st.setLong(1, after);
                st.setInt(2, limit + 1);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        slugs.add(rs.getString(1));
                    }
                }
            }
            return slugs.size() > limit ? Optional.<Set<String>>empty() : Optional.of(slugs);
        });
    }

    /** The slugs of the deleted experiments, most recently deleted first. */
    public List<String> deletedSlugs() {
        return inTransaction(tx -> {
            List<String> slugs = new ArrayList<>();
            try (PreparedStatement st = tx.connection.prepareStatement(
                    "SELECT slug FROM experiment WHERE state = 'deleted' ORDER BY updated_at DESC, slug");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    slugs.add(rs.getString(1));
                }
            }
            return slugs;
        });
    }

    /** Counts of experiments and revisions, for health and tests. */
    public Map<String, Long> counts() {
        return inTransaction(tx -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            try (PreparedStatement st = tx.connection.prepareStatement("""
                    SELECT (SELECT count(*) FROM experiment WHERE state <> 'deleted'),
                           (SELECT count(*) FROM experiment WHERE state = 'published'),
                           (SELECT count(*) FROM experiment_revision)""");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                counts.put("experiments", rs.getLong(1));
                counts.put("published", rs.getLong(2));
                counts.put("revisions", rs.getLong(3));
            }
            return counts;
        });
    }

    /** The published records and the territory document as of change {@code lastChange}. */
    public record Snapshot(Map<String, String> publishedRecords, String territory, long lastChange) {}

    private static final String UPSERT_EXPERIMENT = """
            INSERT INTO experiment (slug, state, current_revision, title, status, themes, search)
            VALUES (?, ?, ?, ?, ?, string_to_array(?, ' '), to_tsvector('french', ?))
            ON CONFLICT (slug) DO UPDATE SET state = EXCLUDED.state, current_revision = EXCLUDED.current_revision,
                title = EXCLUDED.title, status = EXCLUDED.status, themes = EXCLUDED.themes,
                search = EXCLUDED.search, updated_at = now()""";

    private static final String INSERT_REVISION = "INSERT INTO experiment_revision (slug, number, state, author, record) VALUES (?, ?, ?, ?, ?)";

    private static void bindExperiment(PreparedStatement st, String slug, int number, ExperimentState state, SearchFields fields)
            throws SQLException {
        st.setString(1, slug);
        st.setString(2, state.code());
        st.setInt(3, number);
        st.setString(4, fields.title());
        st.setString(5, fields.status());
        st.setString(6, String.join(" ", fields.themes()));
        st.setString(7, fields.text());
    }

    private static void bindRevision(PreparedStatement st, String slug, int number, ExperimentState state, String author, String record)
            throws SQLException {
        st.setString(1, slug);
        st.setInt(2, number);
        st.setString(3, state.code());
        st.setString(4, author);
        st.setString(5, record);
    }

    /** A write transaction. */
    public static final class Tx {
        private final Connection connection;

        private Tx(Connection connection) {
            this.connection = connection;
        }

        /** The experiment's current version, read for update (the row stays locked until commit). */
        public Optional<StoredExperiment> find(String slug) throws SQLException {
            return find(slug, true);
        }

        private Optional<StoredExperiment> find(String slug, boolean forUpdate) throws SQLException {
            try (PreparedStatement st = connection.prepareStatement("""
                    SELECT e.state, e.current_revision, r.record, e.updated_at FROM experiment e
                    JOIN experiment_revision r ON r.slug = e.slug AND r.number = e.current_revision
                    WHERE e.slug = ?""" + (forUpdate ? " FOR UPDATE OF e" : ""))) {
                st.setString(1, slug);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredExperiment(slug, ExperimentState.ofCode(rs.getString(1)), rs.getInt(2),
                            rs.getString(3), rs.getTimestamp(4).toInstant()));
                }
            }
        }

        /** Appends revision {@code number} and makes it current; returns the change number it got. */
        public long write(String slug, int number, ExperimentState state, String author, String record, SearchFields fields)
                throws SQLException {
            try (PreparedStatement st = connection.prepareStatement(UPSERT_EXPERIMENT)) {
                bindExperiment(st, slug, number, state, fields);
                st.executeUpdate();
            }
            try (PreparedStatement st = connection.prepareStatement(INSERT_REVISION + " RETURNING change")) {
                bindRevision(st, slug, number, state, author, record);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        /** The connection of this transaction, for batched writes of the same package. */
        Connection connection() {
            return connection;
        }

        /** Stores a node-level document (e.g. the territory); returns its change number. */
        public long putDocument(String name, String record) throws SQLException {
            try (PreparedStatement st = connection.prepareStatement("""
                    INSERT INTO node_document (name, record) VALUES (?, ?)
                    ON CONFLICT (name) DO UPDATE SET record = EXCLUDED.record, change = nextval('change_seq'), updated_at = now()
                    RETURNING change""")) {
                st.setString(1, name);
                st.setString(2, record);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        /** A node-level document, if stored. */
        public Optional<String> document(String name) throws SQLException {
            try (PreparedStatement st = connection.prepareStatement("SELECT record FROM node_document WHERE name = ?")) {
                st.setString(1, name);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        }

        /** True when no experiment has ever been written. */
        public boolean isEmpty() throws SQLException {
            try (PreparedStatement st = connection.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM experiment)");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }

        long lastChange() throws SQLException {
            try (PreparedStatement st = connection.prepareStatement("""
                    SELECT greatest((SELECT coalesce(max(change), 0) FROM experiment_revision),
                                    (SELECT coalesce(max(change), 0) FROM node_document),
                                    (SELECT coalesce(max(change), 0) FROM vocabulary_installation))""");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
