package org.w3id.cailloux.node.publishing.problems;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.vocabulary.Violation;

/** Violations as problem-document entries: field, path, rule, value, message (in the client's language), focus. */
final class ViolationEntries {

    private ViolationEntries() {}

    static List<Map<String, Object>> of(List<Violation> violations, String language) {
        return violations.stream().map(v -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("field", v.field(language));
            entry.put("path", v.path());
            entry.put("rule", v.rule());
            entry.put("value", v.value());
            entry.put("message", v.message(language));
            entry.put("focus", v.focus());
            return entry;
        }).toList();
    }
}
