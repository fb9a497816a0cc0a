package org.w3id.cailloux.node.curation.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.curation.change.Delta;

/**
 * A change checked against the whole vocabulary: the findings before and after it, those it introduces and those it
 * resolves, and what it adds and removes. The change may be accepted only when it introduces no blocking finding.
 */
public record Review(List<Finding> before, List<Finding> after, List<Finding> introduced, List<Finding> resolved, Delta delta) {

    /** The blocking findings the change introduces. */
    public List<Finding> blocking() {
        return introduced.stream().filter(Finding::blocking).toList();
    }

    /** The counts and lists as JSON (not the delta). */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("acceptable", blocking().isEmpty());
        json.put("introduced", introduced.stream().map(Finding::toJson).toList());
        json.put("resolved", resolved.stream().map(Finding::toJson).toList());
        json.put("findingsBefore", before.size());
        json.put("findingsAfter", after.size());
        json.put("insertions", delta.insertions().size());
        json.put("deletions", delta.deletions().size());
        return json;
    }
}
