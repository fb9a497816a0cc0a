package org.w3id.cailloux.node.publishing.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecordJsonLdTest {

    static List<ExperimentRecord> records() {
        return SampleRecords.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void compactJsonLdParsesBackToTheSameTriples(ExperimentRecord record) {
        String jsonLd = RecordJsonLd.write(record);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(jsonLd, Lang.JSONLD).parse(back);
        assertTrue(record.sameTriplesAs(back), jsonLd);
    }

    @Test
    void theInlineContextIsThePublishedOne() {
        JsonObject written = read(RecordJsonLd.write(SampleRecords.named("la-manne")));
        JsonObject published = read(RecordJsonLd.contextDocument());
        assertEquals(published.get("@context"), written.get("@context"));
    }

    @Test
    void theVocabularyReadsAsShortTerms() {
        String jsonLd = RecordJsonLd.write(SampleRecords.named("la-manne"));
        assertTrue(jsonLd.contains("\"title\""), jsonLd);
        assertTrue(jsonLd.contains("\"type\": \"Experiment\""), jsonLd);
        assertTrue(jsonLd.contains("\"status\": \"https://w3id.org/cailloux/scheme/statuses/running\""), jsonLd);
    }

    @Test
    void theSameRecordGivesTheSameText() {
        ExperimentRecord manne = SampleRecords.named("la-manne");
        assertEquals(RecordJsonLd.write(manne), RecordJsonLd.write(RecordCodec.decode(RecordCodec.encode(manne))));
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
