package org.w3id.cailloux.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link TransitionVocabulary#validateEach} gives every record exactly what validating it alone gives. */
class ValidateEachTest {

    private static final String SOLAR = "https://sample-city.example/experiments/solar";
    private static TransitionVocabulary vocabulary;

    @BeforeAll
    static void load() {
        vocabulary = TransitionVocabulary.load();
    }

    @Test
    void everyBrokenCaseAmongValidRecordsGetsItsOwnReportAndOnlyTheBrokenAreValidatedAlone() throws Exception {
        List<Path> cases = brokenCases().stream().filter(p -> !p.getFileName().toString().contains("insee")).toList();
        List<Graph> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            records.add(copy(validText(), "valid-" + i));
        }
        for (int i = 0; i < cases.size(); i++) {
            records.add(3 * i % records.size(), broken(cases.get(i), "broken-" + i));
        }
        AtomicInteger alone = new AtomicInteger();

        List<Validation> each = countingValidator(alone).validate(records);

        assertSameAsAlone(records, each);
        assertEquals(cases.size(), each.stream().filter(v -> !v.conforms()).count(), "only the broken records fail");
        assertEquals(cases.size(), alone.get(), "the valid records are judged by the union alone");
    }

    @Test
    void aLargeFileSplitIntoChunksAcrossTheCoresGivesTheSameOutcomes() throws Exception {
        List<Path> cases = brokenCases().stream().filter(p -> !p.getFileName().toString().contains("insee")).toList();
        List<Graph> records = new ArrayList<>();
        for (int i = 0; i < 2 * UnionValidator.MIN_CHUNK + 30; i++) {
            records.add(i % 17 == 5 ? broken(cases.get(i % cases.size()), "large-" + i) : copy(validText(), "large-" + i));
        }
        AtomicInteger alone = new AtomicInteger();

        List<Validation> each = countingValidator(alone).validate(records);

        assertSameAsAlone(records, each);
        assertEquals(each.stream().filter(v -> !v.conforms()).count(), alone.get());
    }

    @Test
    void aBrokenTerritoryThatEveryRecordSharesMakesEachBeJudgedAlone() throws Exception {
        Path insee = brokenCases().stream().filter(p -> p.getFileName().toString().contains("insee")).findFirst().orElseThrow();
        List<Graph> records = List.of(copy(validText(), "one"), broken(insee, "two"), copy(validText(), "three"));
        AtomicInteger alone = new AtomicInteger();

        List<Validation> each = countingValidator(alone).validate(records);

        assertSameAsAlone(records, each);
        assertEquals(3, alone.get());
    }

    @Test
    void aRecordThatLeansOnAnotherRecordsPartIsJudgedAlone() {
        Graph lender = copy(validText(), "lender");
        // Alone, the borrowed narrative has no text; in the union it has the lender's
        Graph borrower = copy(validText(), "borrower");
        borrower.add(triple(SOLAR + "-borrower", "https://w3id.org/cailloux/ns#narrative", SOLAR + "-lender#narrative-1"));
        Graph inspirer = copy(validText(), "inspirer");
        Graph inspired = copy(validText().replace("cx:theme themes:energy-transition",
                "cx:theme <" + SOLAR + "-inspirer> ; cx:inspiredBy <" + SOLAR + "-inspirer>"), "inspired");
        inspirer.add(triple(SOLAR + "-inspirer", "http://www.w3.org/2004/02/skos/core#inScheme", "https://w3id.org/cailloux/scheme/themes"));
        List<Graph> records = List.of(lender, borrower, inspirer, inspired);

        List<Validation> each = vocabulary.validateEach(records);

        assertSameAsAlone(records, each);
        assertFalse(each.get(1).conforms(), "the borrower's narrative is judged without the lender's text");
        assertFalse(each.get(3).conforms(), "a theme that is an experiment is not in the themes scheme, alone");
        assertTrue(each.get(0).conforms() && each.get(2).conforms());
    }

    @Test
    void aRecordDescribingAVocabularyConceptMakesEveryRecordBeJudgedAlone() {
        Graph valid = copy(validText(), "plain");
        Graph sneaky = copy(validText(), "sneaky");
        sneaky.add(triple("https://w3id.org/cailloux/scheme/themes/culture", "http://www.w3.org/2004/02/skos/core#inScheme", "https://w3id.org/cailloux/scheme/statuses"));
        Graph cultural = copy(validText().replace("statuses:running", "<https://w3id.org/cailloux/scheme/themes/culture>"), "cultural");
        List<Graph> records = List.of(valid, sneaky, cultural);

        assertSameAsAlone(records, vocabulary.validateEach(records));
        assertFalse(vocabulary.validateEach(records).get(2).conforms());
    }

    private static UnionValidator countingValidator(AtomicInteger alone) {
        return new UnionValidator(Shapes.parse(vocabulary.shapesGraph()), vocabulary.graph(), record -> {
            alone.incrementAndGet();
            return vocabulary.validate(record);
        });
    }

    private static Graph broken(Path updateCase, String suffix) throws IOException {
        Graph broken = parse(validText());
        UpdateAction.parseExecute(Files.readString(updateCase), DatasetGraphFactory.wrap(broken));
        return copy(write(broken), suffix);
    }

    private static void assertSameAsAlone(List<Graph> records, List<Validation> each) {
        assertEquals(records.size(), each.size());
        for (int i = 0; i < records.size(); i++) {
            assertEquals(vocabulary.validate(records.get(i)), each.get(i), "record " + i);
        }
    }

    private static Triple triple(String s, String p, String o) {
        return Triple.create(NodeFactory.createURI(s), NodeFactory.createURI(p), NodeFactory.createURI(o));
    }

    private static Graph copy(String turtleOrNTriples, String suffix) {
        return parse(turtleOrNTriples.replace(SOLAR, SOLAR + "-" + suffix));
    }

    private static Graph parse(String turtle) {
        return RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
    }

    private static String write(Graph graph) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        return out.toString();
    }

    private static String validText() {
        try (var in = ValidateEachTest.class.getResourceAsStream("/records/valid-experiment.ttl")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> brokenCases() throws IOException, URISyntaxException {
        Path dir = Path.of(ValidateEachTest.class.getResource("/records/broken").toURI());
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".ru")).sorted().toList();
        }
    }
}
