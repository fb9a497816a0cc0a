package org.w3id.cailloux.node.web;

import jakarta.inject.Singleton;
import java.util.Map;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.publishing.record.ExperimentJson;
import org.w3id.cailloux.node.publishing.record.ExperimentRecord;
import org.w3id.cailloux.node.publishing.record.RecordCodec;

/** Reads a stored record (canonical N-Triples) as its JSON form, and the French title the staff pages show. */
@Singleton
public class RecordTitles {

    private final NodeIdentity identity;

    RecordTitles(NodeIdentity identity) {
        this.identity = identity;
    }

    /** The JSON form of a stored record; empty for a tombstone. */
    public Map<String, Object> json(String slug, String record) {
        if (record == null || record.isEmpty()) {
            return Map.of();
        }
        return ExperimentJson.toJson(new ExperimentRecord(slug, identity.experimentIri(slug), RecordCodec.decode(record)));
    }

    /** The French title of a stored record, or the slug when it has none (a tombstone). */
    public String title(String slug, String record) {
        return title(json(slug, record), slug);
    }

    /** The French title of a JSON form, or the slug. */
    static String title(Map<String, Object> json, String slug) {
        return json.get("title") instanceof Map<?, ?> title && title.get("fr") != null ? String.valueOf(title.get("fr")) : slug;
    }
}
