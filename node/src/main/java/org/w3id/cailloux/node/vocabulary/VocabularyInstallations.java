package org.w3id.cailloux.node.vocabulary;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.jena.graph.Graph;
import org.w3id.cailloux.node.database.DatabaseMigrations;
import org.w3id.cailloux.node.publishing.StorageException;
import org.w3id.cailloux.node.publishing.record.RecordCodec;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/** The vocabularies this node took up, in PostgreSQL ({@code vocabulary_installation}), newest last. */
@Singleton
public class VocabularyInstallations {

    /** One vocabulary taken up: its version, how many candidate concepts came with it, from where, when. */
    public record Installation(long id, String version, int candidates, String candidatesTag, String source, Instant installedAt) {}

    private final DataSource dataSource;

    VocabularyInstallations(DatabaseMigrations migrated, DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** The last vocabulary taken up, with these shapes; empty when the node never took one up. */
    Optional<TransitionVocabulary> latest(Graph shapes) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT content FROM vocabulary_installation ORDER BY id DESC LIMIT 1");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(TransitionVocabulary.of(RecordCodec.decode(rs.getString(1)), shapes)) : Optional.empty();
        } catch (SQLException e) {
            throw new StorageException("Cannot read the vocabulary this node took up", e);
        }
    }

    /** Records {@code vocabulary} as taken up, in the caller's transaction; returns its change number. */
    public long record(Connection c, TransitionVocabulary vocabulary, int candidates, String candidatesTag, String source)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO vocabulary_installation (version, candidates, candidates_tag, source, content)"
                + " VALUES (?, ?, ?, ?, ?) RETURNING change")) {
            st.setString(1, vocabulary.version());
            st.setInt(2, candidates);
            st.setString(3, candidatesTag);
            st.setString(4, source);
            st.setString(5, RecordCodec.encode(vocabulary.graph()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Every vocabulary taken up, newest first, without their content. */
    public List<Installation> history() {
        List<Installation> all = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "SELECT id, version, candidates, candidates_tag, source, installed_at FROM vocabulary_installation ORDER BY id DESC");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                all.add(new Installation(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()));
            }
            return all;
        } catch (SQLException e) {
            throw new StorageException("Cannot read the vocabulary this node took up", e);
        }
    }

    /** A connection of the node's database for a transaction of the caller's. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
