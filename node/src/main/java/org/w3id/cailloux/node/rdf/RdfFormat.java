package org.w3id.cailloux.node.rdf;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF serialisations a node reads and writes, with their media types. */
public enum RdfFormat {
    TURTLE("text/turtle", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    JSON_LD("application/ld+json", Lang.JSONLD, RDFFormat.JSONLD11),
    RDF_XML("application/rdf+xml", Lang.RDFXML, RDFFormat.RDFXML_PRETTY),
    N_TRIPLES("application/n-triples", Lang.NTRIPLES, RDFFormat.NTRIPLES);

    private final String mediaType;
    private final Lang lang;
    private final RDFFormat writeFormat;

    RdfFormat(String mediaType, Lang lang, RDFFormat writeFormat) {
        this.mediaType = mediaType;
        this.lang = lang;
        this.writeFormat = writeFormat;
    }

    /** The media type, without parameters. */
    public String mediaType() {
        return mediaType;
    }

    /** Jena's language, for parsing. */
    public Lang lang() {
        return lang;
    }

    /** Jena's output format, for writing. */
    public RDFFormat writeFormat() {
        return writeFormat;
    }

    /** Every media type of every format. */
    public static List<String> mediaTypes() {
        return Arrays.stream(values()).map(RdfFormat::mediaType).toList();
    }

    /** The format with this media type (parameters ignored). */
    public static Optional<RdfFormat> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";")[0].strip().toLowerCase();
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(bare)).findFirst();
    }
}
