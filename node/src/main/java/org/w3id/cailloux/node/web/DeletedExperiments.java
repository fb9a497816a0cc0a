package org.w3id.cailloux.node.web;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.w3id.cailloux.node.publishing.ExperimentStore;
import org.w3id.cailloux.node.publishing.Revision;

/**
 * The city's deleted experiments, most recently deleted first, for the staff list: each keeps its history, so
 * the list names it by the title it had and leads to the revisions that can restore it.
 */
@Singleton
public class DeletedExperiments {

    /** One deleted experiment: its slug, its last title, who deleted it and when. */
    public record Deleted(String slug, String title, int revision, String author, String when) {}

    private final ExperimentStore store;
    private final RecordTitles titles;

    DeletedExperiments(ExperimentStore store, RecordTitles titles) {
        this.store = store;
        this.titles = titles;
    }

    /** Every deleted experiment, most recently deleted first. */
    public List<Deleted> list() {
        List<Deleted> deleted = new ArrayList<>();
        for (String slug : store.deletedSlugs()) {
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
