package org.w3id.cailloux.node.federation;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.node.vocabulary.LiveVocabulary;

/**
 * What the vocabulary says lives in one experiment's record, on the experiment's node only: the part
 * properties (those whose objects a SHACL shape targets with {@code sh:targetObjectsOf}: means, effects,
 * lessons, milestones, narratives, actor roles), the classes owned by a record ({@code cx:Experiment} and the
 * ranges of the part properties), and the properties whose {@code rdfs:domain} is such a class.
 */
@Singleton
public class RecordParts {

    private final Set<Node> partProperties;
    private final Set<Node> ownedClasses;
    private final Set<Node> owningProperties;

    // Read once: curated releases change concepts and schemes, never the cx: terms and shapes these come from
    @Inject
    RecordParts(LiveVocabulary vocabulary) {
        this(vocabulary.current().graph(), vocabulary.current().shapesGraph());
    }

    RecordParts(Graph terms, Graph shapes) {
        partProperties = objects(shapes, SHACLM.targetObjectsOf.asNode());
        ownedClasses = new HashSet<>(Set.of(CX.Experiment.asNode()));
        partProperties.forEach(p -> terms.find(p, RDFS.range.asNode(), Node.ANY)
                .forEachRemaining(t -> ownedClasses.add(t.getObject())));
        owningProperties = new HashSet<>();
        terms.find(Node.ANY, RDFS.domain.asNode(), Node.ANY)
                .filterKeep(t -> ownedClasses.contains(t.getObject()))
                .forEachRemaining(t -> owningProperties.add(t.getSubject()));
        owningProperties.addAll(partProperties);
    }

    /** True for a property linking a record's subject to one of its parts ({@code cx:meansEngaged}...). */
    boolean isPart(Node predicate) {
        return partProperties.contains(predicate);
    }

    /**
     * The variables of {@code triples} bound only to IRIs a single node holds: subjects typed with an owned
     * class or carrying an owned class's property, and, from them, the objects of part properties.
     */
    Set<Node> ownedSubjects(List<Triple> triples) {
        Set<Node> owned = new LinkedHashSet<>();
        for (Triple t : triples) {
            Node p = t.getPredicate();
            boolean typed = p.equals(RDF.type.asNode()) && ownedClasses.contains(t.getObject());
            if (t.getSubject().isVariable() && (typed || owningProperties.contains(p))) {
                owned.add(t.getSubject());
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Triple t : triples) {
                if (owned.contains(t.getSubject()) && isPart(t.getPredicate()) && t.getObject().isVariable()) {
                    grew |= owned.add(t.getObject());
                }
            }
        }
        return owned;
    }

    private static Set<Node> objects(Graph graph, Node predicate) {
        Set<Node> objects = new HashSet<>();
        graph.find(Node.ANY, predicate, Node.ANY).forEachRemaining(t -> objects.add(t.getObject()));
        return objects;
    }
}
