package org.w3id.cailloux.node.publishing.record;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The canonical text of a record for storage: N-Triples, one triple a line, lines sorted.
 * The same triples always give the same text, so equal revisions can be detected by comparing
 * text. Records carry no blank nodes ({@link RecordExtractor} names them), which is what makes
 * the text canonical.
 */
public final class RecordCodec {

    private RecordCodec() {}

    /** The sorted N-Triples text of the graph, each line ending in a newline. */
    public static String encode(Graph graph) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        String sorted = Arrays.stream(out.toString().split("\n"))
                .filter(line -> !line.isBlank())
                .sorted()
                .distinct()
                .collect(Collectors.joining("\n"));
        return sorted.isEmpty() ? "" : sorted + "\n";
    }

    /** The text of a record. */
    public static String encode(ExperimentRecord record) {
        return encode(record.graph());
    }

    /** The graph written by {@link #encode(Graph)}. */
    public static Graph decode(String nTriples) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(nTriples, Lang.NTRIPLES).parse(graph);
        return graph;
    }

    /** The record {@code slug} of the node with this base URI, read back from its text. */
    public static ExperimentRecord decode(String baseUri, String slug, String nTriples) {
        return new ExperimentRecord(slug, ExperimentRecord.iri(baseUri, slug), decode(nTriples));
    }
}
