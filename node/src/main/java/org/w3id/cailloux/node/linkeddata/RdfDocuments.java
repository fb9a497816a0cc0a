package org.w3id.cailloux.node.linkeddata;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.w3id.cailloux.node.linkeddata.ExperimentPage.Download;
import org.w3id.cailloux.node.rdf.RdfFormat;
import org.w3id.cailloux.vocabulary.ADMS;
import org.w3id.cailloux.vocabulary.CX;
import org.w3id.cailloux.vocabulary.IGEO;
import org.w3id.cailloux.vocabulary.PROV;
import org.w3id.cailloux.vocabulary.Scheme;

/**
 * Linked Data documents: which representations a resource offers, its RDF in each format (with
 * readable prefixes), and the download URLs {@code <iri>.<extension>} that name one format each,
 * for links a browser can follow without setting {@code Accept}.
 */
final class RdfDocuments {

    /** HTML first (browsers send {@code *}/{@code *}), then every RDF format. */
    static final List<String> HTML_AND_RDF = htmlAndRdf();

    private static final PrefixMapping PREFIXES = createPrefixes();

    private RdfDocuments() {}

    /** The RDF response for {@code graph} in {@code format}; {@code negotiated} adds {@code Vary: Accept}. */
    static MutableHttpResponse<byte[]> rdf(Graph graph, RdfFormat format, boolean negotiated) {
        return ok(serialise(graph, format), format.mediaType() + "; charset=utf-8", negotiated);
    }

    /** A 200 response with this body and type, varying on Accept when it was negotiated. */
    static <T> MutableHttpResponse<T> ok(T body, String contentType, boolean negotiated) {
        MutableHttpResponse<T> response = HttpResponse.ok(body).contentType(MediaType.of(contentType));
        return negotiated ? response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT) : response;
    }

    /** {@code graph} written in {@code format}, with the vocabulary's usual prefixes. */
    static byte[] serialise(Graph graph, RdfFormat format) {
        Graph withPrefixes = GraphFactory.createDefaultGraph();
        withPrefixes.getPrefixMapping().setNsPrefixes(PREFIXES);
        graph.find().forEachRemaining(withPrefixes::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(withPrefixes).format(format.writeFormat()).output(out);
        return out.toByteArray();
    }

    /** The prefixes the node writes RDF with: the vocabulary's, the reused vocabularies', and one per concept scheme. */
    static PrefixMapping prefixes() {
        return PREFIXES;
    }

    /** The file extension naming {@code format} in download URLs, e.g. {@code ttl}. */
    static String extension(RdfFormat format) {
        return format.lang().getFileExtensions().get(0);
    }

    /** The format a download URL's extension names, if any. */
    static Optional<RdfFormat> ofExtension(String extension) {
        return Arrays.stream(RdfFormat.values()).filter(f -> extension(f).equals(extension)).findFirst();
    }

    /** One download link per RDF format for the document at {@code path} (e.g. {@code /territory}). */
    static List<Download> downloads(String path) {
        return Arrays.stream(RdfFormat.values())
                .map(f -> new Download(path + "." + extension(f), label(f), f.mediaType()))
                .toList();
    }

    private static String label(RdfFormat format) {
        return switch (format) {
            case TURTLE -> "Turtle";
            case JSON_LD -> "JSON-LD";
            case RDF_XML -> "RDF/XML";
            case N_TRIPLES -> "N-Triples";
        };
    }

    private static List<String> htmlAndRdf() {
        List<String> offered = new ArrayList<>();
        offered.add(MediaType.TEXT_HTML);
        offered.addAll(RdfFormat.mediaTypes());
        return List.copyOf(offered);
    }

    private static PrefixMapping createPrefixes() {
        PrefixMapping p = PrefixMapping.Factory.create();
        p.setNsPrefix("cx", CX.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("schema", SchemaOrg.NS)
                .setNsPrefix("prov", PROV.NS).setNsPrefix("foaf", FOAF.NS).setNsPrefix("org", "http://www.w3.org/ns/org#")
                .setNsPrefix("adms", ADMS.NS).setNsPrefix("igeo", IGEO.NS).setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("rdf", RDF.uri).setNsPrefix("rdfs", RDFS.uri).setNsPrefix("xsd", XSD.NS)
                .setNsPrefix("owl", OWL.NS).setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS);
        for (Scheme scheme : Scheme.values()) {
            p.setNsPrefix(scheme.slug(), scheme.iri() + "/");
        }
        return p.lock();
    }
}
