package org.w3id.cailloux.node.curation.hub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.curation.usage.ConceptUsage;

/** The JSON form of a proposal's impact. */
public final class ImpactJson {

    private ImpactJson() {}

    /** The report as JSON: per concept, per city, the experiments; the failing rules; the example queries. */
    public static Map<String, Object> of(Impact.Report report) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Map<String, Object>> concepts = new ArrayList<>();
        report.usage().forEach((concept, usage) -> concepts.add(usage(usage)));
        json.put("concepts", concepts);
        json.put("failingRules", report.failing().stream().map(f -> {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("rule", f.rule());
            rule.put("field", f.field());
            rule.put("message", f.message());
            rule.put("experiments", f.experiments());
            return rule;
        }).toList());
        json.put("recordsChecked", report.recordsChecked());
        json.put("recordsUnread", report.recordsUnread());
        json.put("queries", report.queries().stream().map(q -> Map.of("id", q.id(), "title", q.titleFr())).toList());
        return json;
    }

    /** One concept's use as JSON. */
    public static Map<String, Object> usage(ConceptUsage.Usage usage) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("concept", usage.concept());
        json.put("experiments", usage.total());
        json.put("cities", usage.cities().stream().map(c -> {
            Map<String, Object> city = new LinkedHashMap<>();
            city.put("node", c.node());
            city.put("city", c.city());
            city.put("experiments", c.experiments());
            city.put("links", c.links().stream().map(l -> Map.of("iri", l.iri(), "title", l.title())).toList());
            return city;
        }).toList());
        json.put("failedNodes", usage.failed());
        return json;
    }
}
