package org.w3id.cailloux.node.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.vocabulary.PROV;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

class RecordPartsTest {

    private final RecordParts parts = new RecordParts(TransitionVocabulary.load().graph(), TransitionVocabulary.load().shapesGraph());

    @Test
    void thePartPropertiesAreThoseTheShapesTargetTheObjectsOf() {
        for (Node part : List.of(CX.meansEngaged.asNode(), CX.effect.asNode(), CX.lesson.asNode(), CX.milestone.asNode(),
                CX.narrative.asNode(), PROV.qualifiedAssociation.asNode())) {
            assertTrue(parts.isPart(part), part.getURI());
        }
        assertFalse(parts.isPart(CX.inspiredBy.asNode()), "another city's experiment is no part of this one");
        assertFalse(parts.isPart(NodeFactory.createURI("http://purl.org/dc/terms/spatial")));
    }

    @Test
    void anExperimentAndItsPartsAreOwnedButNotTheValuesItPointsTo() {
        Set<Node> owned = parts.ownedSubjects(List.of(
                SSE.parseTriple("(?e <http://purl.org/dc/terms/spatial> ?city)"),
                SSE.parseTriple("(?e <https://w3id.org/cailloux/ns#meansEngaged> ?m)"),
                SSE.parseTriple("(?m <http://schema.org/value> ?v)"),
                SSE.parseTriple("(?x <http://schema.org/name> ?name)")));
        assertEquals(Set.of(Var.alloc("e"), Var.alloc("m")), owned);
    }
}
