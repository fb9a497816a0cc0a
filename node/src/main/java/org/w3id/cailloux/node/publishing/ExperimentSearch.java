package org.w3id.cailloux.node.publishing;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.publishing.problems.MalformedRecordProblem;

/**
 * Lists and searches experiments: PostgreSQL's French full-text search over titles, summaries,
 * narratives and descriptions ({@code websearch_to_tsquery}, so "monnaie locale" and quoted
 * phrases work), filtered by theme, status and state, ranked, paged.
 */
@Singleton
public class ExperimentSearch {

    private static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = 200;

    private final DataSource dataSource;
    private final NodeIdentity identity;

    ExperimentSearch(DataSource dataSource, NodeIdentity identity) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.identity = identity;
    }

    /** What to look for; every field may be null. */
    public record Criteria(String q, String theme, String status, String state, Integer page, Integer size) {}

    /** One page of matching experiments; drafts only for signed-in staff. */
    public Map<String, Object> search(Criteria criteria, boolean staff) {
        int size = criteria.size() == null ? DEFAULT_SIZE : criteria.size();
        int page = criteria.page() == null ? 1 : criteria.page();
        if (size < 1 || size > MAX_SIZE || page < 1) {
            throw new MalformedRecordProblem("page starts at 1 and size is between 1 and " + MAX_SIZE + ".");
        }
        List<String> states = states(criteria.state(), staff);
        StringBuilder where = new StringBuilder(" WHERE e.state = ANY (string_to_array(?, ','))");
        List<Object> params = new ArrayList<>();
        params.add(String.join(",", states));
        boolean text = criteria.q() != null && !criteria.q().isBlank();
        if (text) {
            where.append(" AND e.search @@ websearch_to_tsquery('french', ?)");
            params.add(criteria.q());
        }
        if (criteria.theme() != null && !criteria.theme().isBlank()) {
            where.append(" AND ? = ANY (e.themes)");
            params.add(slug(criteria.theme()));
        }
        if (criteria.status() != null && !criteria.status().isBlank()) {
            where.append(" AND e.status = ?");
            params.add(slug(criteria.status()));
        }
        String rank = text ? "ts_rank(e.search, websearch_to_tsquery('french', ?))" : "0";
        String sql = "SELECT e.slug, e.title, e.status, e.themes, e.state, e.current_revision, e.updated_at, " + rank
                + " AS rank, count(*) OVER () AS total FROM experiment e" + where
                + " ORDER BY rank DESC, e.title, e.slug LIMIT ? OFFSET ?";
        List<Object> all = new ArrayList<>();
        if (text) {
            all.add(criteria.q());
        }
        all.addAll(params);
        all.add(size);
        all.add((page - 1) * size);
        List<Map<String, Object>> items = new ArrayList<>();
        long total = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < all.size(); i++) {
                st.setObject(i + 1, all.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    items.add(item(rs));
                    total = rs.getLong("total");
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Search failed", e);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("items", items);
        result.put("page", page);
        result.put("size", size);
        result.put("total", total);
        return result;
    }

    private Map<String, Object> item(ResultSet rs) throws SQLException {
        Map<String, Object> item = new LinkedHashMap<>();
        String slug = rs.getString("slug");
        item.put("slug", slug);
        item.put("iri", identity.experimentIri(slug));
        item.put("title", rs.getString("title"));
        item.put("status", rs.getString("status"));
        item.put("themes", Arrays.asList((String[]) rs.getArray("themes").getArray()));
        item.put("state", rs.getString("state"));
        item.put("revision", rs.getInt("current_revision"));
        item.put("updatedAt", rs.getTimestamp("updated_at").toInstant().toString());
        item.put("href", "/api/experiments/" + slug);
        return item;
    }

    private static List<String> states(String state, boolean staff) {
        if (state == null || state.isBlank()) {
            return staff ? List.of("draft", "published") : List.of("published");
        }
        ExperimentState parsed = ExperimentState.ofCode(state);
        if (parsed == null || parsed == ExperimentState.DELETED) {
            throw new MalformedRecordProblem("state=" + state + " is not a state to list: use draft or published.");
        }
        if (parsed == ExperimentState.DRAFT && !staff) {
            return List.of();
        }
        return List.of(parsed.code());
    }

    private static String slug(String value) {
        return value.substring(value.lastIndexOf('/') + 1);
    }
}
