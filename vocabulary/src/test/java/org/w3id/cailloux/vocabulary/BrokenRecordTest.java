package org.w3id.cailloux.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case under {@code records/broken/} is a SPARQL Update that breaks one rule of the valid
 * record; its header says the violation expected: focus, path, rule and French message.
 */
class BrokenRecordTest {

    private static TransitionVocabulary vocabulary;

    @BeforeAll
    static void load() {
        vocabulary = TransitionVocabulary.load();
    }

    @Test
    void theBaseRecordIsValid() {
        Validation validation = vocabulary.validate(validRecord());
        assertTrue(validation.conforms(), () -> "violations: " + validation.violations());
    }

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(BrokenRecordTest.class.getResource("/records/broken").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".ru")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBrokenRecordGivesExactlyTheExpectedViolation(Path caseFile) throws IOException {
        String update = Files.readString(caseFile);
        Map<String, String> expected = header(update);
        Graph record = validRecord();
        DatasetGraph dataset = DatasetGraphFactory.wrap(record);
        UpdateAction.parseExecute(update, dataset);

        Validation validation = vocabulary.validate(record);

        assertEquals(1, validation.violations().size(), () -> "violations: " + validation.violations());
        Violation violation = validation.violations().get(0);
        assertEquals(expected.get("focus"), violation.focus());
        assertEquals(expected.get("path"), violation.path());
        assertEquals(expected.get("rule"), violation.rule());
        assertEquals(expected.get("message-fr"), violation.message("fr"));
        assertNotNull(violation.message("en"));
        assertTrue(!violation.message("en").equals(violation.message("fr")), "an English message of its own");
        assertNotNull(violation.field("fr"), "the field is named");
    }

    @Test
    void messagesFallBackToFrenchForOtherLanguages() {
        Graph record = validRecord();
        UpdateAction.parseExecute("DELETE WHERE { <https://sample-city.example/experiments/solar> <http://purl.org/dc/terms/title> ?t }", DatasetGraphFactory.wrap(record));
        Violation violation = vocabulary.validate(record).violations().get(0);
        assertEquals("Le titre en français est obligatoire.", violation.message("de"));
        assertEquals("A title in French is required.", violation.message("en"));
        assertEquals("title", violation.field("en"));
        assertEquals("titre", violation.field("fr"));
    }

    private static Graph validRecord() {
        return RDFParser.source(BrokenRecordTest.class.getResourceAsStream("/records/valid-experiment.ttl"))
                .lang(org.apache.jena.riot.Lang.TURTLE).toGraph();
    }

    private static Map<String, String> header(String text) {
        Map<String, String> header = new HashMap<>();
        text.lines().filter(l -> l.startsWith("# ") && l.contains(": ")).forEach(l -> {
            int colon = l.indexOf(": ");
            header.put(l.substring(2, colon), l.substring(colon + 2));
        });
        return header;
    }
}
