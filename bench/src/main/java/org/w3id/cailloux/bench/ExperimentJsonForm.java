package org.w3id.cailloux.bench;

import java.util.List;
import java.util.function.Function;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** An experiment in the publishing API's JSON form (docs/json-form.md), for one-by-one publishing. */
public final class ExperimentJsonForm {

    private final ExperimentRdf rdf;
    private final String territory;

    /** JSON forms whose IRIs are under {@code base}, as {@link ExperimentRdf} writes them. */
    public ExperimentJsonForm(String base) {
        this.rdf = new ExperimentRdf(base);
        this.territory = base + "territory";
    }

    /** The JSON text of {@code spec}. */
    public String json(ExperimentSpec spec) {
        JsonObject o = new JsonObject();
        o.put("slug", spec.slug());
        JsonObject title = fr(spec.titleFr());
        if (spec.titleEn() != null) {
            title.put("en", spec.titleEn());
        }
        o.put("title", title);
        o.put("summary", fr(spec.summaryFr()));
        o.put("status", spec.status());
        o.put("territory", territory);
        o.put("startDate", spec.startDate());
        if (spec.endDate() != null) {
            o.put("endDate", spec.endDate());
        }
        o.put("pillars", strings(spec.pillars()));
        o.put("themes", strings(spec.themes()));
        o.put("participationLevel", spec.participationLevel());
        o.put("devices", strings(spec.devices()));
        JsonObject narrative = new JsonObject();
        narrative.put("id", "narrative-1");
        narrative.put("title", fr(spec.narrative().titleFr()));
        narrative.put("text", fr(spec.narrative().textFr()));
        JsonArray narratives = new JsonArray();
        narratives.add(narrative);
        o.put("narratives", narratives);
        o.put("means", objects(spec.means(), m -> {
            JsonObject j = part(m.id(), m.descriptionFr());
            j.put("type", m.type());
            if (m.amount() != null) {
                j.put("amount", m.amount());
                j.put("unit", m.unit());
            }
            return j;
        }));
        o.put("effects", objects(spec.effects(), f -> {
            JsonObject j = part(f.id(), f.descriptionFr());
            j.put("types", strings(f.types()));
            return j;
        }));
        o.put("lessons", objects(spec.lessons(), l -> {
            JsonObject j = part(l.id(), l.descriptionFr());
            j.put("kind", l.kind());
            return j;
        }));
        o.put("milestones", objects(spec.milestones(), m -> {
            JsonObject j = new JsonObject();
            j.put("id", m.id());
            j.put("title", fr(m.titleFr()));
            j.put("date", m.date());
            return j;
        }));
        o.put("inspiredBy", strings(spec.inspiredBy().stream().map(rdf::iri).toList()));
        return o.toString();
    }

    private static JsonObject part(String id, String descriptionFr) {
        JsonObject j = new JsonObject();
        j.put("id", id);
        j.put("description", fr(descriptionFr));
        return j;
    }

    private static <T> JsonArray objects(List<T> values, Function<T, JsonObject> toJson) {
        JsonArray array = new JsonArray();
        values.forEach(v -> array.add(toJson.apply(v)));
        return array;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    private static JsonObject fr(String text) {
        JsonObject o = new JsonObject();
        o.put("fr", text);
        return o;
    }
}
