package org.w3id.cailloux.node.backup;

import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.w3id.cailloux.node.database.Rollback;

/**
 * A whole node in one file: every table of its database (records, revisions, accounts, tokens, the territory, the
 * vocabulary it runs, the directory and the hub's curation), each as PostgreSQL's own {@code COPY} text, and the
 * sequences, read in one REPEATABLE READ transaction, so that a backup made while the node writes is one consistent
 * moment. Restored into a new node's empty database at its start, before anything else reads it; the query index is
 * then rebuilt from it. Written on PostgreSQL's COPY through its JDBC driver: the embedded server ships no pg_dump.
 */
@Singleton
public class DatabaseBackup {

    /** What the file says it is. */
    static final String FORMAT = "cailloux-backup";
    private static final int FORMAT_VERSION = 1;
    private static final String MANIFEST = "manifest.json";
    // Sign-in sessions end with the node that made them; Flyway's history is the new node's own
    private static final Set<String> LEFT_OUT = Set.of("web_session", "flyway_schema_history");

    private final DataSource dataSource;
    private final JsonMapper json;

    DatabaseBackup(DataSource dataSource, JsonMapper json) {
        // Micronaut Data wraps the pool so that only transactional code sees a connection; a backup holds its own
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.json = json;
    }

    /** Writes the backup to {@code out} as a ZIP; {@code node} describes the node in its manifest. */
    public void write(OutputStream out, Map<String, Object> node) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                List<String> tables = tablesInOrder(connection);
                Map<String, Object> manifest = new LinkedHashMap<>();
                manifest.put("format", FORMAT);
                manifest.put("formatVersion", FORMAT_VERSION);
                manifest.put("schemaVersion", schemaVersion(connection));
                manifest.put("createdAt", Instant.now().toString());
                manifest.put("node", node);
                manifest.put("tables", tables);
                manifest.put("sequences", sequences(connection));
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                    copy.copyOut("COPY " + table + " TO STDOUT", zip);
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(json.writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            connection.commit();
        }
    }

    /**
     * Restores {@code file} into this node's database, which must hold nothing yet (a node that never ran, or whose
     * data folder is new), at the schema version the backup was made at. All or nothing.
     */
    public Restored restore(Path file) throws IOException, SQLException {
        Map<String, Object> manifest = manifest(file);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                String version = schemaVersion(connection);
                if (!version.equals(String.valueOf(manifest.get("schemaVersion")))) {
                    throw new BackupException("The backup " + file + " was made at schema version " + manifest.get("schemaVersion")
                            + " and this node is at " + version + ": restore it with the node version that made it, then upgrade.");
                }
                if (holdsData(connection)) {
                    throw new BackupException("This node's database already holds data: restore " + file + " into a new node"
                            + " (an empty data folder, or an empty external database).");
                }
                replicaRole(connection);
                @SuppressWarnings("unchecked")
                List<String> tables = (List<String>) manifest.get("tables");
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                Map<String, Long> rows = new LinkedHashMap<>();
                try (Statement st = connection.createStatement()) {
                    st.execute("TRUNCATE " + String.join(", ", tables.stream().map(DatabaseBackup::quoted).toList()) + " CASCADE");
                }
                try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                        if (entry.getName().startsWith("tables/")) {
                            String table = entry.getName().substring("tables/".length(), entry.getName().length() - ".copy".length());
                            if (!tables.contains(table)) {
                                throw new BackupException("The backup holds a table its manifest does not name: " + table);
                            }
                            rows.put(table, copy.copyIn("COPY " + quoted(table) + " FROM STDIN", new KeepOpen(zip)));
                        }
                    }
                }
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> sequences = (Map<String, Map<String, Object>>) manifest.get("sequences");
                for (Map.Entry<String, Map<String, Object>> s : sequences.entrySet()) {
                    try (PreparedStatement st = connection.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
                        st.setString(1, s.getKey());
                        st.setLong(2, ((Number) s.getValue().get("value")).longValue());
                        st.setBoolean(3, Boolean.TRUE.equals(s.getValue().get("called")));
                        st.execute();
                    }
                }
                connection.commit();
                return new Restored(rows, String.valueOf(manifest.get("createdAt")));
            } catch (IOException | SQLException | RuntimeException e) {
                Rollback.after(connection, e);
                throw e;
            }
        }
    }

    /** What a restore brought back: rows per table, and when the backup was made. */
    public record Restored(Map<String, Long> rows, String madeAt) {}

    private Map<String, Object> manifest(Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(MANIFEST)) {
                    Map<String, Object> manifest = json.readValue(zip.readAllBytes(), Argument.mapOf(String.class, Object.class));
                    if (!FORMAT.equals(manifest.get("format"))) {
                        break;
                    }
                    return manifest;
                }
            }
        } catch (IOException e) {
            throw new BackupException("The file " + file + " is not a Cailloux backup (" + e.getMessage() + ").");
        }
        throw new BackupException("The file " + file + " is not a Cailloux backup: it has no manifest.json of format " + FORMAT + ".");
    }

    /** The node's tables, each after the tables it references. */
    private static List<String> tablesInOrder(Connection connection) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
            while (rs.next()) {
                if (!LEFT_OUT.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        Map<String, Set<String>> references = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint WHERE contype = 'f'")) {
            while (rs.next()) {
                references.computeIfAbsent(rs.getString(1), t -> new LinkedHashSet<>()).add(rs.getString(2));
            }
        }
        List<String> ordered = new ArrayList<>();
        for (String table : tables) {
            place(table, tables, references, ordered, new LinkedHashSet<>());
        }
        return ordered;
    }

    private static void place(String table, Set<String> tables, Map<String, Set<String>> references, List<String> ordered, Set<String> visiting) {
        if (ordered.contains(table) || !tables.contains(table) || !visiting.add(table)) {
            return;
        }
        for (String referenced : references.getOrDefault(table, Set.of())) {
            place(referenced, tables, references, ordered, visiting);
        }
        ordered.add(table);
    }

    private static Map<String, Map<String, Object>> sequences(Connection connection) throws SQLException {
        Map<String, Map<String, Object>> sequences = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        for (String name : names) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT last_value, is_called FROM " + quoted(name))) {
                rs.next();
                sequences.put(name, Map.of("value", rs.getLong(1), "called", rs.getBoolean(2)));
            }
        }
        return sequences;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    /**
     * The tables come back whole, their references among them included, so they are not checked row by row (a release
     * names the one before it in the same table); without the right to (a database user who is not a superuser) the
     * tables, in the order of their references, are checked as they come.
     */
    private static void replicaRole(Connection connection) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (Statement st = connection.createStatement()) {
            st.execute("SET LOCAL session_replication_role = replica");
        } catch (SQLException e) {
            connection.rollback(before);
        }
    }

    private static boolean holdsData(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM experiment) + (SELECT count(*) FROM staff_user)"
                     + " + (SELECT count(*) FROM node_document) + (SELECT count(*) FROM vocabulary_installation)")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** The current ZIP entry, which COPY reads to its end without closing the archive. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the archive's next entry follows
        }
    }
}
