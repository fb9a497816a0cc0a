package org.w3id.cailloux.node.linkeddata;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.vocabulary.SampleData;

/**
 * The Loos-en-Gohelle sample cut into the records publishing puts in the index: per experiment, its
 * triples, its fragments' triples and the type and name of the agents it references; for the territory,
 * its triples and those of the networks it belongs to.
 */
final class SampleRecords {

    private SampleRecords() {}

    /** Graph name to content: every experiment of the sample, then {@code <base>territory}. */
    static Map<Node, Graph> of(String base) {
        Graph sample = SampleData.loosEnGohelle(base);
        Map<Node, Graph> records = new LinkedHashMap<>();
        sample.find(Node.ANY, RDF.type.asNode(), CX.Experiment.asNode()).toList().stream()
                .map(Triple::getSubject)
                .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                .forEach(e -> records.put(e, experiment(sample, e)));
        Node territory = NodeFactory.createURI(base + "territory");
        Graph t = GraphFactory.createDefaultGraph();
        sample.find(territory, Node.ANY, Node.ANY).forEachRemaining(t::add);
        sample.find(territory, CX.memberOf.asNode(), Node.ANY).toList()
                .forEach(m -> sample.find(m.getObject(), Node.ANY, Node.ANY).forEachRemaining(t::add));
        records.put(territory, t);
        return records;
    }

    private static Graph experiment(Graph sample, Node e) {
        Graph g = GraphFactory.createDefaultGraph();
        sample.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.equals(e) || s.isURI() && s.getURI().startsWith(e.getURI() + "#")) {
                g.add(t);
            }
        });
        g.find().toList().stream().map(Triple::getObject)
                .filter(o -> o.isURI() && sample.contains(o, RDF.type.asNode(), FOAF.Agent.asNode()))
                .distinct()
                .forEach(agent -> {
                    sample.find(agent, RDF.type.asNode(), Node.ANY).forEachRemaining(g::add);
                    sample.find(agent, FOAF.name.asNode(), Node.ANY).forEachRemaining(g::add);
                });
        return g;
    }
}
