package org.w3id.cailloux.vocabulary;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.OWL;

/**
 * The transition vocabulary (terms and concept schemes) and its SHACL shapes, parsed once;
 * validates records against the shapes.
 */
public final class TransitionVocabulary {

    /** The version of the vocabulary shipped in this module, as in its ontology's {@code owl:versionInfo}. */
    public static final String VERSION = "1.0.0";
    /** The version IRIs' common start: a release's version IRI is this plus its version. */
    public static final String VERSION_IRI_BASE = CX.ONTOLOGY + "/";

    static final String RESOURCES = "/org/w3id/cailloux/vocabulary/";

    private final Graph graph;
    private final Graph shapesGraph;
    private final Shapes shapes;
    private final UnionValidator unionValidator;
    private final String version;

    private TransitionVocabulary(Graph graph, Graph shapesGraph) {
        this.graph = new GraphReadOnly(graph);
        Node info = G.getSP(graph, NodeFactory.createURI(CX.ONTOLOGY), OWL.versionInfo.asNode());
        this.version = info != null && info.isLiteral() ? info.getLiteralLexicalForm() : null;
        this.shapesGraph = new GraphReadOnly(shapesGraph);
        this.shapes = Shapes.parse(shapesGraph);
        this.unionValidator = new UnionValidator(shapes, this.graph, this::validate);
    }

    /** Loads the vocabulary and shapes shipped in this module. */
    public static TransitionVocabulary load() {
        Graph graph = GraphFactory.createDefaultGraph();
        read("terms.ttl", graph);
        read("schemes.ttl", graph);
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        read("shapes.ttl", shapesGraph);
        return new TransitionVocabulary(graph, shapesGraph);
    }

    /** A vocabulary made of the given graphs, e.g. a proposed change under review. */
    public static TransitionVocabulary of(Graph vocabulary, Graph shapesGraph) {
        return new TransitionVocabulary(vocabulary, shapesGraph);
    }

    /** Parses one Turtle file shipped in this module into the graph. */
    public static void read(String name, Graph into) {
        try (InputStream in = TransitionVocabulary.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing vocabulary resource " + RESOURCES + name);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(CX.ONTOLOGY).parse(into);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Terms and concept schemes, read-only. */
    public Graph graph() {
        return graph;
    }

    /** Terms and concept schemes as a read-only model. */
    public Model model() {
        return ModelFactory.createModelForGraph(graph);
    }

    /** The SHACL shapes graph, read-only. */
    public Graph shapesGraph() {
        return shapesGraph;
    }

    /** The version of the vocabulary, its ontology's {@code owl:versionInfo}; null when it has none. */
    public String version() {
        return version;
    }

    /** The IRI of this version, e.g. {@code https://w3id.org/cailloux/ns/1.1.0}; null when it has no version. */
    public String versionIri() {
        return version == null ? null : VERSION_IRI_BASE + version;
    }

    /**
     * Validates a record (an experiment, a territory, or many) against the shapes. The record is
     * read together with the vocabulary, so concept values are checked against their schemes.
     */
    public Validation validate(Graph record) {
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(record, graph));
        if (report.conforms()) {
            return Validation.CONFORMS;
        }
        List<Violation> violations = new ArrayList<>();
        report.getEntries().forEach(entry -> violations.add(Violation.of(entry, shapesGraph)));
        return new Validation(violations);
    }

    /**
     * Validates many records, giving each exactly the outcome of {@link #validate} alone, but with one
     * SHACL run over their union for the records whose outcome it cannot change (much faster in bulk).
     */
    public List<Validation> validateEach(List<Graph> records) {
        return unionValidator.validate(records);
    }
}
