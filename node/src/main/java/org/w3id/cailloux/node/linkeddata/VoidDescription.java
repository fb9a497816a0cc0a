package org.w3id.cailloux.node.linkeddata;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.cailloux.vocabulary.CX;

/**
 * Builds the node's VoID and DCAT description, {@code <base>.well-known/void#dataset}, from
 * {@link VoidStatistics} of the published graphs (the vocabulary graph is not counted, only named by
 * {@code void:vocabulary} and {@code dct:conformsTo} its version IRI).
 *
 * <p>How the concepts are described, for the federation's source selection: every SKOS concept of the
 * vocabulary that the published data uses as an object is listed with {@code dct:subject} twice, on the
 * dataset ("this node's data uses concept C") and on the {@code void:propertyPartition} of each property
 * it is an object of ("some {@code ?x cx:device C} triple is here"). A partition is itself a
 * {@code void:Dataset} (the triples with that property), so {@code dct:subject} means the same thing at
 * both levels: the concepts its triples point to. Only standard terms (VoID, DCTerms) are used.
 */
final class VoidDescription {

    /** The SPARQL 1.1 Protocol, which the endpoint conforms to. */
    static final String SPARQL_PROTOCOL = "https://www.w3.org/TR/sparql11-protocol/";

    private VoidDescription() {}

    /** The IRI of the dataset described at {@code <base>.well-known/void}. */
    static String datasetIri(String base) {
        return base + ".well-known/void#dataset";
    }

    /** The description of the dataset whose IRIs live under {@code base}, as of {@code modified}. */
    static Graph build(String base, String city, String territoryIri, VocabularyVersion vocabulary,
                       VoidStatistics stats, Instant modified) {
        Model m = ModelFactory.createDefaultModel();
        String doc = base + ".well-known/void";
        Resource ds = m.createResource(datasetIri(base))
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, city)
                .addProperty(DCTerms.description, m.createLiteral(
                        "Les expérimentations de transition publiées par " + city + " en données liées.", "fr"))
                .addProperty(DCTerms.description, m.createLiteral(
                        "The transition experiments " + city + " publishes as Linked Data.", "en"))
                .addProperty(DCTerms.publisher, m.createResource(territoryIri))
                .addProperty(DCTerms.spatial, m.createResource(territoryIri))
                .addProperty(DCTerms.modified, m.createTypedLiteral(modified.truncatedTo(ChronoUnit.SECONDS).toString(),
                        XSDDatatype.XSDdateTime))
                .addProperty(DCAT.landingPage, m.createResource(base))
                .addProperty(VOID.sparqlEndpoint, m.createResource(base + "sparql"))
                .addProperty(VOID.uriSpace, base)
                .addProperty(VOID.dataDump, m.createResource(base + "dump.nq"))
                .addProperty(VOID.dataDump, m.createResource(base + "dump.trig"))
                .addProperty(VOID.triples, integer(m, stats.triples()))
                .addProperty(VOID.entities, integer(m, stats.entities()))
                .addProperty(VOID.distinctSubjects, integer(m, stats.distinctSubjects()))
                .addProperty(VOID.distinctObjects, integer(m, stats.distinctObjects()))
                .addProperty(VOID.properties, integer(m, stats.properties().size()))
                .addProperty(VOID.classes, integer(m, stats.classes().size()));
        m.createResource(doc).addProperty(RDF.type, VOID.DatasetDescription).addProperty(FOAF.primaryTopic, ds);
        vocabularies(stats).forEach(v -> ds.addProperty(VOID.vocabulary, m.createResource(v)));
        if (vocabulary.versionIri() != null) {
            ds.addProperty(DCTerms.conformsTo, m.createResource(vocabulary.versionIri()));
        }
        if (vocabulary.version() != null) {
            m.createResource(CX.ONTOLOGY).addProperty(OWL.versionInfo, vocabulary.version());
        }
        stats.concepts().forEach(c -> ds.addProperty(DCTerms.subject, m.createResource(c)));
        stats.classes().forEach((c, n) -> ds.addProperty(VOID.classPartition, m.createResource()
                .addProperty(VOID._class, m.createResource(c))
                .addProperty(VOID.entities, integer(m, n.longValue()))));
        stats.properties().forEach(p -> {
            Resource partition = m.createResource()
                    .addProperty(VOID.property, m.createResource(p.property()))
                    .addProperty(VOID.triples, integer(m, p.triples()))
                    .addProperty(VOID.distinctSubjects, integer(m, p.distinctSubjects()))
                    .addProperty(VOID.distinctObjects, integer(m, p.distinctObjects()));
            p.concepts().forEach(c -> partition.addProperty(DCTerms.subject, m.createResource(c)));
            ds.addProperty(VOID.propertyPartition, partition);
        });
        distributions(m, ds, base);
        return m.getGraph();
    }

    /** The SPARQL endpoint (a DCAT data service) and the two dumps, as DCAT distributions. */
    private static void distributions(Model m, Resource ds, String base) {
        Resource service = m.createResource(base + ".well-known/void#sparql-service")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, m.createLiteral("Point d’accès SPARQL", "fr"))
                .addProperty(DCTerms.title, m.createLiteral("SPARQL endpoint", "en"))
                .addProperty(DCAT.endpointURL, m.createResource(base + "sparql"))
                .addProperty(DCTerms.conformsTo, m.createResource(SPARQL_PROTOCOL))
                .addProperty(DCAT.servesDataset, ds);
        ds.addProperty(DCAT.distribution, m.createResource(base + ".well-known/void#sparql")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCAT.accessURL, m.createResource(base + "sparql"))
                .addProperty(DCAT.accessService, service));
        for (DumpFormat format : DumpFormat.values()) {
            Resource dump = m.createResource(base + "dump." + format.extension());
            ds.addProperty(DCAT.distribution, m.createResource(base + ".well-known/void#dump-" + format.extension())
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.accessURL, dump)
                    .addProperty(DCAT.downloadURL, dump)
                    .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + format.mediaType())));
        }
    }

    /** A count as {@code xsd:integer}, the datatype VoID's examples use. */
    private static Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** The vocabularies of the classes and properties used: their namespaces, the Cailloux one by its ontology IRI. */
    private static Set<String> vocabularies(VoidStatistics stats) {
        Set<String> namespaces = new TreeSet<>();
        namespaces.add(CX.ONTOLOGY);
        stats.classes().keySet().forEach(c -> namespaces.add(namespace(c)));
        stats.properties().forEach(p -> namespaces.add(namespace(p.property())));
        namespaces.remove(CX.NS);
        return namespaces;
    }

    private static String namespace(String iri) {
        return iri.substring(0, Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
