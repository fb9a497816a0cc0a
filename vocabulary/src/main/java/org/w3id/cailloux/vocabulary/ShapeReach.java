package org.w3id.cailloux.vocabulary;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the shapes read of the data beyond a focus node's own triples: the predicates through which
 * they look at a value node's triples ({@code sh:node}, {@code sh:class}, nested shapes, targets of
 * objects...). Read from the shapes graph, so a new kind of rule is never missed: any parameter not
 * known to judge the value alone counts as looking through.
 *
 * @param unionSafe     false when the shapes may read anything (SPARQL, complex paths, fixed target
 *                      nodes): then no record may be judged from a union of records
 * @param lookedThrough the predicates whose objects' triples validation may read
 */
record ShapeReach(boolean unionSafe, Set<Node> lookedThrough) {

    /** Parameters that judge a value node by itself (or the focus node's own values), never its triples. */
    private static final Set<Node> VALUE_ONLY = Set.of(
            SHACL.path, SHACL.name, SHACL.description, SHACL.message, SHACL.severity, SHACL.order, SHACL.group,
            SHACL.deactivated, SHACL.defaultValue, SHACL.datatype, SHACL.nodeKind, SHACL.minCount, SHACL.maxCount,
            SHACL.minLength, SHACL.maxLength, SHACL.pattern, SHACL.flags, SHACL.languageIn, SHACL.uniqueLang,
            SHACL.in, SHACL.hasValue, SHACL.minInclusive, SHACL.maxInclusive, SHACL.minExclusive, SHACL.maxExclusive,
            SHACL.equals, SHACL.disjoint, SHACL.lessThan, SHACL.lessThanOrEquals,
            RDF.type.asNode(), RDFS.label.asNode(), RDFS.comment.asNode());

    /** Targets and rules that read data not reached from a record's own nodes. */
    private static final Set<Node> UNSAFE = Set.of(SHACL.targetNode, SHACL.target, SHACL.sparql, SHACL.parameter,
            SHACL.validator, SHACL.nodeValidator, SHACL.propertyValidator);

    /** True when validation may read the triples of objects of {@code predicate}. */
    boolean looksThrough(Node predicate) {
        return lookedThrough.contains(predicate);
    }

    static ShapeReach of(Graph shapes) {
        for (Node unsafe : UNSAFE) {
            if (shapes.contains(Node.ANY, unsafe, Node.ANY)) {
                return new ShapeReach(false, Set.of());
            }
        }
        Set<Node> through = new HashSet<>(Set.of(RDF.type.asNode(), RDFS.subClassOf.asNode()));
        shapes.find(Node.ANY, SHACL.targetObjectsOf, Node.ANY).forEachRemaining(t -> through.add(t.getObject()));
        shapes.find(Node.ANY, SHACL.targetSubjectsOf, Node.ANY).forEachRemaining(t -> through.add(t.getObject()));
        for (Triple path : shapes.find(Node.ANY, SHACL.path, Node.ANY).toList()) {
            if (!path.getObject().isURI()) {
                return new ShapeReach(false, Set.of());
            }
            boolean valueOnly = shapes.find(path.getSubject(), Node.ANY, Node.ANY).toList().stream()
                    .allMatch(t -> VALUE_ONLY.contains(t.getPredicate()));
            if (!valueOnly) {
                through.add(path.getObject());
            }
        }
        return new ShapeReach(true, Set.copyOf(through));
    }
}
