package org.w3id.cailloux.node.publishing.record;

import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cailloux.vocabulary.SampleData;

/** The Loos-en-Gohelle sample cut into records, for tests. */
final class SampleRecords {

    static final String BASE = "https://loos.example/";

    private static final List<ExperimentRecord> RECORDS =
            new RecordExtractor(BASE).extract(SampleData.loosEnGohelle(BASE)).records();

    private SampleRecords() {}

    static List<ExperimentRecord> all() {
        return RECORDS;
    }

    static Stream<ExperimentRecord> stream() {
        return RECORDS.stream();
    }

    static ExperimentRecord named(String slug) {
        return RECORDS.stream().filter(r -> r.slug().equals(slug)).findFirst().orElseThrow();
    }

    static Graph turtle(String text) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).base(BASE).parse(graph);
        return graph;
    }

    static final String PREFIXES = """
            @prefix cx: <https://w3id.org/cailloux/ns#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix schema: <http://schema.org/> .
            @prefix adms: <http://www.w3.org/ns/adms#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            """;
}
