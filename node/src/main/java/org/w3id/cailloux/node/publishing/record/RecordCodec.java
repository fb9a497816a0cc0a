package org.w3id.cailloux.node.publishing.record;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
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
        // Jena's N-Triples node formatter, one line per triple, without a writer per record: a bulk import encodes thousands
        NodeFormatter format = new NodeFormatterNT(CharSpace.UTF8);
        LineWriter line = new LineWriter();
        List<String> lines = new ArrayList<>(graph.size());
        graph.find().forEachRemaining(t -> {
            format.format(line, t.getSubject());
            line.print(' ');
            format.format(line, t.getPredicate());
            line.print(' ');
            format.format(line, t.getObject());
            line.print(" .\n");
            lines.add(line.text.toString());
            line.text.setLength(0);
        });
        Collections.sort(lines);
        StringBuilder text = new StringBuilder(lines.size() * 120);
        String previous = null;
        for (String l : lines) {
            if (!l.equals(previous)) {
                text.append(l);
            }
            previous = l;
        }
        return text.toString();
    }

    /** Text into a plain StringBuilder: Jena's IndentedLineBuffer pads and synchronises every character. */
    private static final class LineWriter implements AWriter {
        private final StringBuilder text = new StringBuilder(256);

        @Override public void write(char ch) { text.append(ch); }
        @Override public void write(char[] chars) { text.append(chars); }
        @Override public void write(String string) { text.append(string); }
        @Override public void print(char ch) { text.append(ch); }
        @Override public void print(char[] chars) { text.append(chars); }
        @Override public void print(String string) { text.append(string); }
        @Override public void printf(String format, Object... args) { text.append(String.format(format, args)); }
        @Override public void println(String string) { text.append(string).append('\n'); }
        @Override public void println() { text.append('\n'); }
        @Override public void flush() {}
        @Override public void close() {}
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
