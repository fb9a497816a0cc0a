package org.w3id.cailloux.node.web;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.w3id.cailloux.node.publishing.ExperimentStore;
import org.w3id.cailloux.node.publishing.Revision;
import org.w3id.cailloux.node.publishing.StorageException;

/**
 * The city's deleted experiments, most recently deleted first, for the staff list: each keeps its history, so
 * the list names it by the title it had and leads to the revisions that can restore it.
 */
@Singleton
public class DeletedExperiments {

    /** One deleted experiment: its slug, its last title, who deleted it and when. */
    public record Deleted(String slug, String title, int revision, String author, String when) {}

    private final DataSource dataSource;
    private final ExperimentStore store;
    private final RecordTitles titles;

    DeletedExperiments(DataSource dataSource, ExperimentStore store, RecordTitles titles) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.store = store;
        this.titles = titles;
    }

    /** Every deleted experiment, most recently deleted first. */
    public List<Deleted> list() {
        List<String> slugs = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement st = connection.prepareStatement(
                     "SELECT slug FROM experiment WHERE state = 'deleted' ORDER BY updated_at DESC, slug")) {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    slugs.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Listing the deleted experiments failed", e);
        }
        List<Deleted> deleted = new ArrayList<>();
        for (String slug : slugs) {
            List<Revision> revisions = store.revisions(slug);
            Revision tombstone = revisions.getLast();
            // The revision before a tombstone is never one: a deleted experiment cannot be deleted again
            String record = revisions.size() < 2 ? "" : store.revision(slug, tombstone.number() - 1).map(Revision::record).orElse("");
            deleted.add(new Deleted(slug, titles.title(slug, record), tombstone.number(), tombstone.author(),
                    WebText.dateTime(tombstone.createdAt())));
        }
        return deleted;
    }
}
