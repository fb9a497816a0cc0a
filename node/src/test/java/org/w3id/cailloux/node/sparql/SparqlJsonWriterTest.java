package org.w3id.cailloux.node.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.junit.jupiter.api.Test;

class SparqlJsonWriterTest {

    private static final Var TERM = Var.alloc("term");
    private static final Var OTHER = Var.alloc("other");

    @Test
    void everyKindOfTermReadsBackAsWrittenByJenasReader() throws Exception {
        Node blank = NodeFactory.createBlankNode();
        List<Node> terms = List.of(
                NodeFactory.createURI("https://example.org/experiments/la-manne#acteur-1"),
                NodeFactory.createLiteralString("plain \"quoted\" \\ back\nline\ttab \u0001 control \u2028 separator é 𝄞"),
                NodeFactory.createLiteralLang("monnaie locale", "fr"),
                NodeFactory.createLiteralDirLang("مثال", "ar", TextDirection.RTL),
                NodeFactory.createLiteralDT("1250.50", XSDDatatype.XSDdecimal),
                NodeFactory.createLiteralDT("2014-03-01", XSDDatatype.XSDdate),
                blank,
                NodeFactory.createTripleTerm(Triple.create(NodeFactory.createURI("https://example.org/a"),
                        NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralLang("b", "en"))));
        List<Binding> rows = new java.util.ArrayList<>();
        terms.forEach(term -> rows.add(BindingFactory.binding(TERM, term)));
        // the same blank node twice, and a row with a variable left unbound
        rows.add(BindingFactory.binding(TERM, blank, OTHER, blank));
        rows.add(BindingFactory.binding(OTHER, NodeFactory.createURI("https://example.org/only-other")));
        List<Var> vars = List.of(TERM, OTHER);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SparqlJsonWriter.writeRows(out, vars, rows);
        ResultSet read = ResultsReader.create().lang(ResultSetLang.RS_JSON).build().read(new ByteArrayInputStream(out.toByteArray()));

        ResultSet expected = ResultSetFactory.makeRewindable(RowSetStream.create(vars, rows.iterator()));
        assertTrue(ResultsCompare.equalsByTerm(expected, ResultSetFactory.makeRewindable(read)),
                () -> "read back differently:\n" + out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyAnswerKeepsItsVariables() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SparqlJsonWriter.writeRows(out, List.of(TERM), List.of());
        ResultSet read = ResultsReader.create().lang(ResultSetLang.RS_JSON).build().read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(List.of("term"), read.getResultVars());
        assertFalse(read.hasNext());
    }

    @Test
    void anAskAnswerReadsBackAsItsBoolean() throws Exception {
        for (boolean value : List.of(true, false)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SparqlJsonWriter.writeBoolean(out, value);
            assertEquals(value, ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                    .readAny(new ByteArrayInputStream(out.toByteArray())).getBooleanResult());
        }
    }
}
