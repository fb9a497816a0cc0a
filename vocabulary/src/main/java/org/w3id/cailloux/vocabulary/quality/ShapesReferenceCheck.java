package org.w3id.cailloux.vocabulary.quality;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.vocabulary.Scheme;

/**
 * The SHACL shapes still hold with the vocabulary: every scheme or {@code cx:} IRI that the shapes
 * use as a value is defined (typed) and not deprecated, and the shapes parse. The shapes are read
 * once, when the check is made; only the vocabulary changes from run to run.
 */
final class ShapesReferenceCheck extends GraphCheck {

    /** The focus of a finding about the shapes graph as a whole. */
    static final String SHAPES = "https://w3id.org/cailloux/shapes";

    private final Map<Node, TreeSet<String>> references = new TreeMap<>(Terms.ORDER);
    private final String parseFailure;

    ShapesReferenceCheck(Graph shapes) {
        super("shapes-reference-vocabulary", Severity.BLOCKING,
                "The SHACL shapes use a concept scheme or cx: term that the vocabulary does not define or has deprecated, or the shapes do not parse.",
                "Les formes SHACL utilisent un schéma de concepts ou un terme cx: que le vocabulaire ne définit pas ou a déprécié, ou les formes ne se lisent pas.");
        shapes.find().forEachRemaining(t -> {
            Node value = t.getObject();
            if (value.isURI() && (value.getURI().startsWith(Scheme.NS) || value.getURI().startsWith(CX.NS))) {
                references.computeIfAbsent(value, k -> new TreeSet<>()).add(Terms.name(t.getPredicate()));
            }
        });
        String failure = null;
        try {
            Shapes.parse(shapes);
        } catch (RuntimeException e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        this.parseFailure = failure;
    }

    @Override
    void find(Graph vocabulary, Findings found) {
        if (parseFailure != null) {
            found.add(SHAPES, "the shapes do not parse: " + parseFailure);
        }
        references.forEach((term, predicates) -> {
            String use = "the shapes use it (" + String.join(", ", predicates) + ")";
            if (!vocabulary.contains(term, Terms.TYPE, Node.ANY)) {
                found.add(term, use + " but the vocabulary does not define it (no rdf:type)");
            } else if (Terms.isDeprecated(vocabulary, term)) {
                Set<Node> replacements = Terms.sortedSet();
                replacements.addAll(G.listSP(vocabulary, term, DCTerms.isReplacedBy.asNode()));
                found.add(term, use + " but the vocabulary has deprecated it" + (replacements.isEmpty() ? ""
                        : " (dct:isReplacedBy " + replacements.stream().map(Terms::ref).collect(Collectors.joining(", ")) + ")"));
            }
        });
    }
}
