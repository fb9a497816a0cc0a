package org.w3id.cailloux.node.federation;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cailloux.node.sparql.ServiceDescription;

/**
 * The SPARQL 1.1 Service Description of {@code /federation/sparql}: the same language and formats as
 * {@code /sparql}, a union default graph, and one named graph per node of the federation.
 */
final class FederationServiceDescription {

    private static final String SD = ServiceDescription.SD;
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML");

    private FederationServiceDescription() {}

    static Graph describe(String endpoint, List<Source> sources) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("sd", SD);
        Resource service = model.createResource(endpoint)
                .addProperty(RDF.type, model.createResource(SD + "Service"))
                .addProperty(model.createProperty(SD, "endpoint"), model.createResource(endpoint))
                .addProperty(model.createProperty(SD, "supportedLanguage"), model.createResource(SD + "SPARQL11Query"))
                .addProperty(model.createProperty(SD, "feature"), model.createResource(SD + "UnionDefaultGraph"))
                .addProperty(RDFS.comment, "The federation of this node and its registered peers: each node's data is "
                        + "the named graph of its node IRI; the default graph is their union plus the vocabulary.");
        RESULT_FORMATS.forEach(f -> service.addProperty(model.createProperty(SD, "resultFormat"),
                model.createResource("http://www.w3.org/ns/formats/" + f)));
        Resource dataset = model.createResource().addProperty(RDF.type, model.createResource(SD + "Dataset"));
        dataset.addProperty(model.createProperty(SD, "defaultGraph"),
                model.createResource().addProperty(RDF.type, model.createResource(SD + "Graph")));
        for (Source source : sources) {
            dataset.addProperty(model.createProperty(SD, "namedGraph"), model.createResource()
                    .addProperty(RDF.type, model.createResource(SD + "NamedGraph"))
                    .addProperty(model.createProperty(SD, "name"), model.createResource(source.nodeIri())));
        }
        service.addProperty(model.createProperty(SD, "defaultDataset"), dataset);
        return model.getGraph();
    }
}
