package org.w3id.cailloux.node.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.publishing.record.ExperimentJson;
import org.w3id.cailloux.node.publishing.record.ExperimentRecord;
import org.w3id.cailloux.node.publishing.record.RecordExtractor;
import org.w3id.cailloux.vocabulary.SampleData;

/** The staff form loses nothing of an experiment: JSON form to form fields and back gives the same triples. */
class ExperimentFormTest {

    private static final String BASE = "https://loos.example/";

    static Stream<ExperimentRecord> samples() {
        return new RecordExtractor(BASE).extract(SampleData.loosEnGohelle(BASE)).records().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleExperimentSurvivesTheForm(ExperimentRecord record) {
        ExperimentForm form = ExperimentForm.of(ExperimentJson.toJson(record));
        Map<String, Object> json = form.toJson();
        assertFalse(form.hasErrors(), () -> form.errors() + " " + form.generalErrors());
        ExperimentRecord back = ExperimentJson.fromJson(json, record.slug(), BASE);
        Set<Triple> lost = record.graph().find().filterDrop(back.graph()::contains).toSet();
        Set<Triple> added = back.graph().find().filterDrop(record.graph()::contains).toSet();
        assertEquals(Set.of(), lost, "lost by the form");
        assertEquals(Set.of(), added, "added by the form");
    }

    @Test
    void emptyRowsAreDroppedAndNewRowsGetTheNextFreeId() {
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put("slug", "essai");
        posted.put("means[0].id", "means-1");
        posted.put("means[0].type", "budget");
        posted.put("means[3].id", "");
        posted.put("means[3].type", "tools");
        posted.put("means[4].id", "");
        posted.put("means[4].unit", "");
        ExperimentForm form = ExperimentForm.posted(posted);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> means = (List<Map<String, Object>>) form.toJson().get("means");
        assertEquals(2, means.size());
        assertEquals("means-2", means.get(1).get("id"));
        assertEquals("means[3].", form.rowOfPart("means-2"), "messages about means-2 find their row");
    }

    @Test
    void valuesTheJsonFormCannotHoldAreReportedNextToTheirField() {
        ExperimentForm form = ExperimentForm.posted(Map.of("slug", "Pas Un Slug", "means[0].id", "", "means[0].amount", "beaucoup",
                "inspiredBy", "la manne"));
        form.toJson();
        assertTrue(form.has("slug"));
        assertTrue(form.has("means[0].amount"));
        assertTrue(form.has("inspiredBy"));
        assertEquals(List.of("slug", "means[0].amount", "inspiredBy"), List.copyOf(form.errors().keySet()), "in page order");
    }
}
