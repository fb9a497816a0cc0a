package org.w3id.cailloux.node.publishing.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecordCodecTest {

    static List<ExperimentRecord> records() {
        return SampleRecords.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void textReadsBackToTheSameTriples(ExperimentRecord record) {
        String text = RecordCodec.encode(record);
        assertTrue(record.sameTriplesAs(RecordCodec.decode(text)));
        assertEquals(record.graph().size(), text.lines().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void sameTriplesInAnotherOrderGiveTheSameText(ExperimentRecord record) {
        List<Triple> triples = new ArrayList<>(record.graph().find().toList());
        Collections.reverse(triples);
        Graph reordered = GraphFactory.createDefaultGraph();
        triples.forEach(reordered::add);
        assertEquals(RecordCodec.encode(record), RecordCodec.encode(reordered));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void theTextIsJenasNTriplesSorted(ExperimentRecord record) {
        assertEquals(writtenByJena(record.graph()), RecordCodec.encode(record));
    }

    @Test
    void awkwardLiteralsAreWrittenAsJenaWritesThem() {
        Graph graph = RecordCodec.decode("""
                <http://x.example/e> <http://purl.org/dc/terms/title> "Deux lignes\\nd'un \\"titre\\" \\t à l'été — ☀"@fr-BE .
                <http://x.example/e> <http://schema.org/value> "12.50"^^<http://www.w3.org/2001/XMLSchema#decimal> .
                <http://x.example/e> <http://schema.org/unitText> "EUR" .
                <http://x.example/e> <http://schema.org/text> "\\\\ anti-slash, \\r retour"@fr .
                <http://x.example/e#é> <http://schema.org/name> "" .
                """);
        assertEquals(writtenByJena(graph), RecordCodec.encode(graph));
    }

    private static String writtenByJena(Graph graph) {
        java.io.StringWriter out = new java.io.StringWriter();
        org.apache.jena.riot.RDFDataMgr.write(out, graph, org.apache.jena.riot.Lang.NTRIPLES);
        return out.toString().lines().sorted().distinct().map(l -> l + "\n").collect(java.util.stream.Collectors.joining());
    }

    @Test
    void linesAreSortedAndEndInANewline() {
        String text = RecordCodec.encode(SampleRecords.named("la-manne"));
        List<String> lines = text.lines().toList();
        assertEquals(lines.stream().sorted().toList(), lines);
        assertTrue(text.endsWith(" .\n"));
        assertEquals("", RecordCodec.encode(GraphFactory.createDefaultGraph()));
    }

    @Test
    void decodedRecordKeepsItsSlugAndIri() {
        ExperimentRecord manne = SampleRecords.named("la-manne");
        ExperimentRecord back = RecordCodec.decode(SampleRecords.BASE, "la-manne", RecordCodec.encode(manne));
        assertEquals(manne.iri(), back.iri());
        assertTrue(manne.sameTriplesAs(back.graph()));
    }
}
