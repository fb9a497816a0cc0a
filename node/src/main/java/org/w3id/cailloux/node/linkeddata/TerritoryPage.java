package org.w3id.cailloux.node.linkeddata;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.w3id.cailloux.node.linkeddata.ExperimentPage.Download;
import org.w3id.cailloux.node.linkeddata.ExperimentPage.Link;
import org.w3id.cailloux.node.linkeddata.ExperimentPage.Text;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.vocabulary.IGEO;

/**
 * What the territory's HTML page shows: the city, its figures, its networks and the first of its published
 * experiments, with a link to their {@code index} when there are more.
 */
public record TerritoryPage(String iri, String name, String inseeCode, String population, String populationYear,
                            Text description, List<Link> networks, List<Link> sameAs,
                            PublishedData.ExperimentIndex experiments, String index, List<Download> downloads) {

    /** The page of the territory {@code iri} described in {@code graph}. */
    static TerritoryPage read(String iri, Graph graph, PublishedData.ExperimentIndex experiments, String index, List<Download> downloads) {
        Node t = NodeFactory.createURI(iri);
        List<Link> networks = Literals.objects(graph, t, CX.memberOf.asNode()).stream()
                .map(n -> new Link(n.isURI() ? n.getURI() : null, networkName(graph, n)))
                .toList();
        List<Link> sameAs = Literals.objects(graph, t, OWL.sameAs.asNode()).stream()
                .filter(Node::isURI).map(n -> new Link(n.getURI(), n.getURI())).toList();
        return new TerritoryPage(iri, Literals.text(graph, t, SchemaOrg.name, "fr"),
                lexical(graph, t, IGEO.codeINSEE.asNode()), lexical(graph, t, CX.population.asNode()),
                lexical(graph, t, CX.populationYear.asNode()),
                new Text(Literals.text(graph, t, DCTerms.description.asNode(), "fr"),
                        Literals.text(graph, t, DCTerms.description.asNode(), "en")),
                networks, sameAs, experiments, index, downloads);
    }

    private static String networkName(Graph graph, Node network) {
        if (network.isLiteral()) {
            return network.getLiteralLexicalForm();
        }
        for (Node p : List.of(FOAF.name.asNode(), SchemaOrg.name, DCTerms.title.asNode())) {
            String name = Literals.text(graph, network, p, "fr");
            if (!name.isEmpty()) {
                return name;
            }
        }
        return network.getURI();
    }

    private static String lexical(Graph graph, Node s, Node p) {
        List<Node> objects = Literals.objects(graph, s, p);
        return objects.isEmpty() || !objects.get(0).isLiteral() ? null : objects.get(0).getLiteralLexicalForm();
    }
}
