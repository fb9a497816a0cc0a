package org.w3id.cailloux.node.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.vocabulary.IGEO;

/** The territory's IRI, dereferenced by browsers and RDF clients over real HTTP. */
class LinkedDataTerritoryTest {

    private static final String BASE = LinkedDataNode.BASE;
    private static final Node TERRITORY = NodeFactory.createURI(BASE + "territory");

    private static Map<Node, Graph> records;
    private static LinkedDataNode node;

    @BeforeAll
    static void start() throws Exception {
        records = SampleRecords.of(BASE);
        node = LinkedDataNode.start(records);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void turtleIsTheTerritorysGraph() throws Exception {
        HttpResponse<byte[]> response = node.getBytes("/territory", "text/turtle");
        assertEquals(200, response.statusCode());
        assertEquals("text/turtle", LinkedDataNode.mediaType(response));
        assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept"));
        Graph served = RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.TURTLE).toGraph();
        assertTrue(IsoMatcher.isomorphic(records.get(TERRITORY), served));
    }

    @Test
    void theHtmlPageGivesTheCitysFiguresAndNetworks() throws Exception {
        HttpResponse<String> response = node.get("/territory", "text/html");
        assertEquals(200, response.statusCode());
        assertEquals("text/html", LinkedDataNode.mediaType(response));
        String html = response.body();
        Graph territory = records.get(TERRITORY);
        assertTrue(html.contains(value(territory, TERRITORY, NodeFactory.createURI(SchemaOrg.NS + "name"))), "name");
        assertTrue(html.contains(value(territory, TERRITORY, IGEO.codeINSEE.asNode())), "INSEE code");
        assertTrue(html.contains(value(territory, TERRITORY, CX.population.asNode())), "population");
        assertTrue(html.contains(value(territory, TERRITORY, CX.populationYear.asNode())), "year of the population");
        Node network = territory.find(TERRITORY, CX.memberOf.asNode(), Node.ANY).next().getObject();
        assertTrue(html.contains(value(territory, network, FOAF.name.asNode()).replace("'", "&#39;")), "the network's name");
    }

    @Test
    void theHtmlPageListsEveryPublishedExperiment() throws Exception {
        String html = node.get("/territory", "text/html").body();
        records.keySet().stream().filter(n -> n.getURI().startsWith(BASE + "experiments/"))
                .forEach(e -> assertTrue(html.contains("href=\"" + e.getURI() + "\""), "links " + e));
    }

    private static String value(Graph graph, Node s, Node p) {
        return graph.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm();
    }
}
