package org.w3id.cailloux.node.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Algebra;
import org.junit.jupiter.api.Test;

/** Reading a node's VoID description leniently, and what it rules out. */
class FederationVoidSummaryTest {

    private static final String DESCRIPTION = """
            @prefix void: <http://rdfs.org/ns/void#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            <#d> a void:Dataset ;
              void:classPartition [ void:class <https://w3id.org/cailloux/ns#Experiment> ] ;
              void:propertyPartition [ void:property <https://w3id.org/cailloux/ns#theme> ] ,
                                     [ void:property <http://purl.org/dc/terms/title> ] ;
              dct:subject <https://w3id.org/cailloux/scheme/themes/mobility> .
            """;

    private static VoidSummary summary(String turtle) {
        Graph graph = RDFParser.fromString(turtle, Lang.TURTLE).base("http://node/.well-known/void").toGraph();
        return VoidSummary.of(graph);
    }

    private static Star star(String where) {
        String query = "PREFIX cx: <https://w3id.org/cailloux/ns#> PREFIX themes: <https://w3id.org/cailloux/scheme/themes/> "
                + "PREFIX dct: <http://purl.org/dc/terms/> SELECT * WHERE " + where;
        return new PatternExtraction().extract(Algebra.compile(QueryFactory.create(query))).stars().getFirst();
    }

    @Test
    void propertiesClassesAndConceptsListedAllowAStar() {
        assertEquals(Optional.empty(), summary(DESCRIPTION).excludes(star("{ ?e a cx:Experiment ; cx:theme themes:mobility ; dct:title ?t }")));
    }

    @Test
    void anUnlistedPropertyClassOrConceptRulesTheNodeOut() {
        VoidSummary summary = summary(DESCRIPTION);
        for (String where : List.of("{ ?e cx:device ?d }", "{ ?e a cx:Territory }", "{ ?e cx:theme themes:culture }")) {
            assertTrue(summary.excludes(star(where)).isPresent(), where);
        }
    }

    @Test
    void aStarsSizeIsTheSumOfItsPropertiesTriplesWhenEachIsCounted() {
        VoidSummary counted = summary("""
                @prefix void: <http://rdfs.org/ns/void#> .
                <#d> a void:Dataset ;
                  void:propertyPartition [ void:property <https://w3id.org/cailloux/ns#theme> ; void:triples 1500 ] ,
                                         [ void:property <http://purl.org/dc/terms/title> ; void:triples 2000 ] ,
                                         [ void:property <https://w3id.org/cailloux/ns#device> ] .
                """);
        assertEquals(OptionalLong.of(3500), counted.triples(star("{ ?e cx:theme ?t ; dct:title ?title }")));
        assertEquals(OptionalLong.empty(), counted.triples(star("{ ?e cx:device ?d }")), "no count given");
        assertEquals(OptionalLong.empty(), counted.triples(star("{ ?e ?p ?o }")), "a variable predicate");
        assertEquals(OptionalLong.empty(), summary(DESCRIPTION).triples(star("{ ?e dct:title ?t }")));
    }

    @Test
    void aDescriptionWithoutPartitionsRulesNothingOut() {
        VoidSummary empty = summary("<#d> a <http://rdfs.org/ns/void#Dataset> .");
        assertTrue(empty.isEmpty());
        assertEquals(Optional.empty(), empty.excludes(star("{ ?e cx:device ?d }")));
    }
}
