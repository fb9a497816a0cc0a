package org.w3id.cailloux.node.curation.review;

import java.util.LinkedHashMap;
import java.util.Map;

/** What one quality check found, with the severity it has on this hub: blocking ones stop an acceptance or a release. */
public record Finding(String check, String severity, String focus, String detail) {

    /** True when the finding stops an acceptance. */
    public boolean blocking() {
        return "blocking".equals(severity);
    }

    /** The finding as JSON. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("check", check);
        json.put("severity", severity);
        json.put("focus", focus);
        json.put("detail", detail);
        return json;
    }

    /** The same finding whatever its severity: findings before and after a change are compared by this. */
    String key() {
        return check + "\u0000" + focus + "\u0000" + detail;
    }
}
