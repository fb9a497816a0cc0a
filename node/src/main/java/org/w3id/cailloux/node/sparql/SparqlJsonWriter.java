package org.w3id.cailloux.node.sparql;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes SPARQL 1.1 Query Results JSON (with RDF 1.2 triple terms and text direction): one binding per line,
 * through one buffered UTF-8 writer. Jena's writer sends every character through an indenting writer and
 * a synchronised buffer; on answers of thousands of rows it took most of the time a federated query spent
 * after its data arrived.
 */
final class SparqlJsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Writer out;
    private final Map<Node, String> blankLabels = new HashMap<>();

    private SparqlJsonWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes the rows of a SELECT; variables a row leaves unbound are left out of its binding. */
    static void writeRows(OutputStream out, List<Var> vars, Iterable<Binding> rows) throws IOException {
        SparqlJsonWriter writer = new SparqlJsonWriter(out);
        writer.rows(vars, rows);
        writer.out.flush();
    }

    /** Writes the answer of an ASK. */
    static void writeBoolean(OutputStream out, boolean value) throws IOException {
        SparqlJsonWriter writer = new SparqlJsonWriter(out);
        writer.out.write("{ \"head\": {}, \"boolean\": " + value + " }\n");
        writer.out.flush();
    }

    private void rows(List<Var> vars, Iterable<Binding> rows) throws IOException {
        out.write("{ \"head\": { \"vars\": [");
        for (int i = 0; i < vars.size(); i++) {
            out.write(i == 0 ? " " : ", ");
            string(vars.get(i).getVarName());
        }
        out.write(" ] },\n  \"results\": { \"bindings\": [");
        boolean firstRow = true;
        for (Binding row : rows) {
            out.write(firstRow ? "\n    { " : ",\n    { ");
            firstRow = false;
            boolean firstValue = true;
            for (Var var : vars) {
                Node value = row.get(var);
                if (value == null) {
                    continue;
                }
                if (!firstValue) {
                    out.write(", ");
                }
                firstValue = false;
                string(var.getVarName());
                out.write(": ");
                term(value);
            }
            out.write(" }");
        }
        out.write("\n  ] }\n}\n");
    }

    private void term(Node node) throws IOException {
        if (node.isURI()) {
            typed("uri", node.getURI());
        } else if (node.isBlank()) {
            typed("bnode", blankLabels.computeIfAbsent(node, n -> "b" + blankLabels.size()));
        } else if (node.isLiteral()) {
            literal(node);
        } else if (node.isTripleTerm()) {
            Triple triple = node.getTriple();
            out.write("{ \"type\": \"triple\", \"value\": { \"subject\": ");
            term(triple.getSubject());
            out.write(", \"predicate\": ");
            term(triple.getPredicate());
            out.write(", \"object\": ");
            term(triple.getObject());
            out.write(" } }");
        } else {
            throw new IllegalArgumentException("Not an RDF term: " + node);
        }
    }

    private void typed(String type, String value) throws IOException {
        out.write("{ \"type\": \"");
        out.write(type);
        out.write("\", \"value\": ");
        string(value);
        out.write(" }");
    }

    private void literal(Node node) throws IOException {
        out.write("{ \"type\": \"literal\", \"value\": ");
        string(node.getLiteralLexicalForm());
        String language = node.getLiteralLanguage();
        if (!language.isEmpty()) {
            out.write(", \"xml:lang\": ");
            string(language);
            if (node.getLiteralBaseDirection() != null) {
                out.write(", \"its:dir\": ");
                string(node.getLiteralBaseDirection().direction());
            }
        } else {
            String datatype = node.getLiteralDatatypeURI();
            if (datatype != null && !datatype.equals(XSDDatatype.XSDstring.getURI()) && !datatype.equals(RDF.langString.getURI())) {
                out.write(", \"datatype\": ");
                string(datatype);
            }
        }
        out.write(" }");
    }

    private void string(String value) throws IOException {
        out.write('"');
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != 0x2028 && c != 0x2029) {
                continue;
            }
            out.write(value, start, i - start);
            start = i + 1;
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '\b' -> out.write("\\b");
                case '\f' -> out.write("\\f");
                default -> {
                    out.write("\\u");
                    out.write(HEX[(c >> 12) & 0xF]);
                    out.write(HEX[(c >> 8) & 0xF]);
                    out.write(HEX[(c >> 4) & 0xF]);
                    out.write(HEX[c & 0xF]);
                }
            }
        }
        out.write(value, start, value.length() - start);
        out.write('"');
    }
}
