package org.w3id.cailloux.node.publishing.record;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON form survives Micronaut's JSON mapper, as the controller will use it. */
class ExperimentJsonSerialisationTest {

    private static final JsonMapper MAPPER = JsonMapper.createDefault();

    static List<ExperimentRecord> records() {
        return SampleRecords.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void jsonTextReadsBackToTheSameTriples(ExperimentRecord record) throws IOException {
        ExperimentRecord back = ExperimentJson.fromJson(parse(MAPPER.writeValueAsString(ExperimentJson.toJson(record))),
                record.slug(), SampleRecords.BASE);
        assertTrue(record.sameTriplesAs(back.graph()));
    }

    @Test
    void amountsSurviveTheMapper() throws IOException {
        Map<String, Object> json = parse("""
                {"means": [{"type": "budget", "amount": 1500}, {"type": "budget", "amount": 12.5}]}""");
        ExperimentRecord record = ExperimentJson.fromJson(json, "jardins", SampleRecords.BASE);
        String text = RecordCodec.encode(record);
        assertTrue(text.contains("\"1500\"^^<http://www.w3.org/2001/XMLSchema#integer>"), text);
        assertTrue(text.contains("\"12.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>"), text);
    }

    private static Map<String, Object> parse(String text) throws IOException {
        return MAPPER.readValue(text, Argument.mapOf(String.class, Object.class));
    }
}
