package org.w3id.cailloux.node.curation.store;

import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.w3id.cailloux.node.database.DatabaseMigrations;
import org.w3id.cailloux.node.publishing.StorageException;
import org.w3id.cailloux.node.database.Rollback;

/**
 * The hub's curation in PostgreSQL: proposals, their comments, releases, check severities and the audit trail, in
 * plain JDBC; each piece of work runs in one transaction ({@link #inTransaction}), its audit entry with it.
 */
@Singleton
public class CurationStore {

    private final DataSource dataSource;
    private final JsonMapper json;

    CurationStore(DatabaseMigrations migrated, DataSource dataSource, JsonMapper json) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.json = json;
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(new Tx(c));
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                Rollback.after(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("The database refused the curation write", e);
        }
    }

    /** What a list of proposals is filtered by; null fields do not filter. */
    public record Filter(String state, String kind, String proposer, String proposerNode, String concept) {
        /** Every proposal. */
        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    /** The statements of one transaction. */
    public final class Tx {

        private static final String PROPOSAL_COLUMNS = "id, kind, state, title, change::text, rationale, proposer, proposer_node,"
                + " candidate_iri, created_at, updated_at, decided_by, decided_at, reason, accepted_seq, released_in";

        private final Connection c;

        Tx(Connection c) {
            this.c = c;
        }

        /** The connection, for other stores' statements in this transaction. */
        public Connection connection() {
            return c;
        }

        /** Stores a new proposal; returns it with its id. */
        public Proposal insert(String kind, ProposalState state, String title, Map<String, Object> change, String rationale,
                               String proposer, String proposerNode, String candidateIri) throws SQLException {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO vocabulary_proposal (kind, state, title, change, rationale,"
                    + " proposer, proposer_node, candidate_iri) VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?) RETURNING id")) {
                st.setString(1, kind);
                st.setString(2, state.code());
                st.setString(3, title);
                st.setString(4, write(change));
                st.setString(5, rationale);
                st.setString(6, proposer);
                st.setString(7, proposerNode);
                st.setString(8, candidateIri);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return find(rs.getLong(1), false).orElseThrow();
                }
            }
        }

        /** The proposal, locked for update when {@code lock}. */
        public Optional<Proposal> find(long id, boolean lock) throws SQLException {
            try (PreparedStatement st = c.prepareStatement("SELECT " + PROPOSAL_COLUMNS + " FROM vocabulary_proposal WHERE id = ?"
                    + (lock ? " FOR UPDATE" : ""))) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(proposal(rs)) : Optional.empty();
                }
            }
        }

        /** Proposals matching the filter, newest first. */
        public List<Proposal> list(Filter filter) throws SQLException {
            StringBuilder sql = new StringBuilder("SELECT " + PROPOSAL_COLUMNS + " FROM vocabulary_proposal WHERE true");
            List<String> values = new ArrayList<>();
            if (filter.state() != null) {
                sql.append(" AND state = ?");
                values.add(filter.state());
            }
            if (filter.kind() != null) {
                sql.append(" AND kind = ?");
                values.add(filter.kind());
            }
            if (filter.proposer() != null) {
                sql.append(" AND proposer = ?");
                values.add(filter.proposer());
            }
            if (filter.proposerNode() != null) {
                sql.append(" AND proposer_node = ?");
                values.add(filter.proposerNode());
            }
            if (filter.concept() != null) {
                sql.append(" AND (candidate_iri = ? OR position(? in change::text) > 0)");
                values.add(filter.concept());
                values.add("\"" + filter.concept() + "\"");
            }
            sql.append(" ORDER BY id DESC");
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < values.size(); i++) {
                    st.setString(i + 1, values.get(i));
                }
                List<Proposal> all = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        all.add(proposal(rs));
                    }
                }
                return all;
            }
        }

        /** Pending proposals (submitted, in review, accepted), accepted ones first in their order of acceptance. */
        public List<Proposal> pending() throws SQLException {
            List<Proposal> all = new ArrayList<>(list(Filter.ALL).stream().filter(p -> p.state().pending()).toList());
            all.sort(java.util.Comparator.comparing((Proposal p) -> p.acceptedSeq() == null ? Long.MAX_VALUE : p.acceptedSeq())
                    .thenComparing(Proposal::id));
            return all;
        }

        /** Replaces a proposal's change, title and rationale (a draft or a submitted proposal edited by its author). */
        public void edit(long id, String title, Map<String, Object> change, String rationale, String candidateIri) throws SQLException {
            try (PreparedStatement st = c.prepareStatement("UPDATE vocabulary_proposal SET title = ?, change = ?::jsonb, rationale = ?,"
                    + " candidate_iri = ?, updated_at = now() WHERE id = ?")) {
                st.setString(1, title);
                st.setString(2, write(change));
                st.setString(3, rationale);
                st.setString(4, candidateIri);
                st.setLong(5, id);
                st.executeUpdate();
            }
        }

        /** Moves a proposal to {@code state}; a decision records who, when and why, an acceptance its order. */
        public void setState(long id, ProposalState state, String decidedBy, String reason) throws SQLException {
            boolean decision = decidedBy != null;
            try (PreparedStatement st = c.prepareStatement("UPDATE vocabulary_proposal SET state = ?, updated_at = now()"
                    + (decision ? ", decided_by = ?, decided_at = now(), reason = ?" : "")
                    + (state == ProposalState.ACCEPTED ? ", accepted_seq = nextval('vocabulary_acceptance_seq')" : "")
                    + " WHERE id = ?")) {
                int i = 1;
                st.setString(i++, state.code());
                if (decision) {
                    st.setString(i++, decidedBy);
                    st.setString(i++, reason);
                }
                st.setLong(i, id);
                st.executeUpdate();
            }
        }

        /** Marks the accepted proposals as released in {@code version}. */
        public void released(List<Long> ids, String version) throws SQLException {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE vocabulary_proposal SET state = 'released', released_in = ?, updated_at = now() WHERE id = ANY (?)")) {
                st.setString(1, version);
                st.setArray(2, c.createArrayOf("bigint", ids.toArray()));
                st.executeUpdate();
            }
        }

        /** Adds a comment to a proposal's thread. */
        public Comment comment(long proposalId, String author, String authorNode, String body) throws SQLException {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO vocabulary_comment (proposal_id, author, author_node, body)"
                    + " VALUES (?, ?, ?, ?) RETURNING id, created_at")) {
                st.setLong(1, proposalId);
                st.setString(2, author);
                st.setString(3, authorNode);
                st.setString(4, body);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new Comment(rs.getLong(1), proposalId, author, authorNode, body, rs.getTimestamp(2).toInstant());
                }
            }
        }

        /** A proposal's comments, oldest first. */
        public List<Comment> comments(long proposalId) throws SQLException {
            try (PreparedStatement st = c.prepareStatement("SELECT id, author, author_node, body, created_at FROM vocabulary_comment"
                    + " WHERE proposal_id = ? ORDER BY id")) {
                st.setLong(1, proposalId);
                List<Comment> all = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        all.add(new Comment(rs.getLong(1), proposalId, rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getTimestamp(5).toInstant()));
                    }
                }
                return all;
            }
        }

        /** Writes an entry of the audit trail. */
        public void audit(String actor, String actorNode, String action, Long proposalId, String version, String detail)
                throws SQLException {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO vocabulary_audit (actor, actor_node, action, proposal_id,"
                    + " version, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
                st.setString(1, actor);
                st.setString(2, actorNode);
                st.setString(3, action);
                if (proposalId == null) {
                    st.setNull(4, Types.BIGINT);
                } else {
                    st.setLong(4, proposalId);
                }
                st.setString(5, version);
                st.setString(6, detail == null ? "" : detail);
                st.executeUpdate();
            }
        }

        /** The audit trail, newest first, at most {@code limit} entries. */
        public List<AuditEntry> auditTrail(int limit) throws SQLException {
            try (PreparedStatement st = c.prepareStatement("SELECT id, at, actor, actor_node, action, proposal_id, version, detail"
                    + " FROM vocabulary_audit ORDER BY id DESC LIMIT ?")) {
                st.setInt(1, limit);
                List<AuditEntry> all = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long proposal = rs.getLong(6);
                        Long proposalId = rs.wasNull() ? null : proposal;
                        all.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                                rs.getString(5), proposalId, rs.getString(7), rs.getString(8)));
                    }
                }
                return all;
            }
        }

        /** The severities coordinators set, by check id. */
        public Map<String, String> severities() throws SQLException {
            Map<String, String> all = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT check_id, severity FROM vocabulary_check_severity ORDER BY check_id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    all.put(rs.getString(1), rs.getString(2));
                }
            }
            return all;
        }

        /** Sets a check's severity. */
        public void setSeverity(String checkId, String severity, String by) throws SQLException {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO vocabulary_check_severity (check_id, severity, set_by)"
                    + " VALUES (?, ?, ?) ON CONFLICT (check_id) DO UPDATE SET severity = EXCLUDED.severity, set_by = EXCLUDED.set_by,"
                    + " set_at = now()")) {
                st.setString(1, checkId);
                st.setString(2, severity);
                st.setString(3, by);
                st.executeUpdate();
            }
        }

        /** Stores a release; it is never changed afterwards. */
        public void insertRelease(Release r) throws SQLException {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO vocabulary_release (version, prior_version, issued_at,"
                    + " released_by, note, content, insertions, deletions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                st.setString(1, r.version());
                st.setString(2, r.priorVersion());
                st.setTimestamp(3, Timestamp.from(r.issuedAt()));
                st.setString(4, r.releasedBy());
                st.setString(5, r.note());
                st.setString(6, r.content());
                st.setString(7, r.insertions());
                st.setString(8, r.deletions());
                st.executeUpdate();
            }
        }

        /** Takes the lock that serialises releases (and acceptances, which a release reads). */
        public void lockReleases() throws SQLException {
            try (PreparedStatement st = c.prepareStatement("LOCK TABLE vocabulary_release IN EXCLUSIVE MODE")) {
                st.execute();
            }
        }

        /** Every release, oldest first, without content unless {@code withContent}. */
        public List<Release> releases(boolean withContent) throws SQLException {
            String content = withContent ? "content, insertions, deletions" : "'', insertions, deletions";
            try (PreparedStatement st = c.prepareStatement("SELECT version, prior_version, issued_at, released_by, note, " + content
                    + " FROM vocabulary_release ORDER BY issued_at, version");
                 ResultSet rs = st.executeQuery()) {
                List<Release> all = new ArrayList<>();
                while (rs.next()) {
                    all.add(new Release(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
                return all;
            }
        }

        /** One release with its content. */
        public Optional<Release> release(String version) throws SQLException {
            try (PreparedStatement st = c.prepareStatement("SELECT version, prior_version, issued_at, released_by, note, content,"
                    + " insertions, deletions FROM vocabulary_release WHERE version = ?")) {
                st.setString(1, version);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(new Release(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))) : Optional.empty();
                }
            }
        }

        private Proposal proposal(ResultSet rs) throws SQLException {
            long seq = rs.getLong(15);
            Long acceptedSeq = rs.wasNull() ? null : seq;
            return new Proposal(rs.getLong(1), rs.getString(2), ProposalState.ofCode(rs.getString(3)).orElseThrow(), rs.getString(4),
                    read(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)), rs.getString(12), instant(rs.getTimestamp(13)),
                    rs.getString(14), acceptedSeq, rs.getString(16));
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private String write(Map<String, Object> value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
