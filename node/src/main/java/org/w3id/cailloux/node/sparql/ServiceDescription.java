package org.w3id.cailloux.node.sparql;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.w3id.cailloux.node.index.QueryIndex;

/**
 * The SPARQL 1.1 Service Description of the local endpoint (https://www.w3.org/TR/sparql11-service-description/):
 * what it speaks, in which formats, and the dataset it serves, with a link to the node's VoID description.
 */
@Singleton
public class ServiceDescription {

    /** The Service Description namespace. */
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML");

    private final QueryIndex index;
    private final org.w3id.cailloux.node.vocabulary.LiveVocabulary vocabulary;

    ServiceDescription(QueryIndex index, org.w3id.cailloux.node.vocabulary.LiveVocabulary vocabulary) {
        this.index = index;
        this.vocabulary = vocabulary;
    }

    /** The description of the endpoint at {@code endpoint}, on the node whose base is {@code base}. */
    public Graph describe(String endpoint, String base) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("sd", SD);
        model.setNsPrefix("void", VOID.NS);
        model.setNsPrefix("formats", FORMATS);
        Resource service = model.createResource(endpoint)
                .addProperty(RDF.type, model.createResource(SD + "Service"))
                .addProperty(model.createProperty(SD, "endpoint"), model.createResource(endpoint))
                .addProperty(model.createProperty(SD, "supportedLanguage"), model.createResource(SD + "SPARQL11Query"))
                .addProperty(model.createProperty(SD, "feature"), model.createResource(SD + "UnionDefaultGraph"));
        RESULT_FORMATS.forEach(f -> service.addProperty(model.createProperty(SD, "resultFormat"), model.createResource(FORMATS + f)));

        List<Node> graphs = new ArrayList<>();
        long[] triples = {0};
        Txn.executeRead(index.dataset(), () -> {
            index.dataset().listGraphNodes().forEachRemaining(graphs::add);
            triples[0] = index.dataset().getUnionGraph().size();
        });
        Resource dataset = model.createResource()
                .addProperty(RDF.type, model.createResource(SD + "Dataset"))
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(VOID.sparqlEndpoint, model.createResource(endpoint))
                .addProperty(RDFS.seeAlso, model.createResource(base + ".well-known/void"));
        if (vocabulary.current().versionIri() != null) {
            // The version of the shared vocabulary the data follows, as the VoID description says too
            dataset.addProperty(org.apache.jena.vocabulary.DCTerms.conformsTo, model.createResource(vocabulary.current().versionIri()));
            service.addProperty(org.apache.jena.vocabulary.DCTerms.conformsTo, model.createResource(vocabulary.current().versionIri()));
        }
        Resource defaultGraph = model.createResource()
                .addProperty(RDF.type, model.createResource(SD + "Graph"))
                .addLiteral(VOID.triples, triples[0]);
        dataset.addProperty(model.createProperty(SD, "defaultGraph"), defaultGraph);
        // How many named graphs: one per published record, plus the vocabulary
        dataset.addProperty(RDFS.comment, graphs.size() + " named graphs");
        for (Node graph : graphs) {
            dataset.addProperty(model.createProperty(SD, "namedGraph"), model.createResource()
                    .addProperty(RDF.type, model.createResource(SD + "NamedGraph"))
                    .addProperty(model.createProperty(SD, "name"), model.createResource(graph.getURI())));
        }
        service.addProperty(model.createProperty(SD, "defaultDataset"), dataset);
        return model.getGraph();
    }
}
