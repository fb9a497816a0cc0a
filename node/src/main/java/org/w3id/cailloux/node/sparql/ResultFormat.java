package org.w3id.cailloux.node.sparql;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** The SPARQL result formats for SELECT and ASK, with their media types, the first being the default. */
public enum ResultFormat {
    JSON("application/sparql-results+json", ResultSetLang.RS_JSON),
    XML("application/sparql-results+xml", ResultSetLang.RS_XML),
    CSV("text/csv", ResultSetLang.RS_CSV),
    TSV("text/tab-separated-values", ResultSetLang.RS_TSV),
    /** Binary, for machines: what federating nodes ask each other for, several times faster to write and read than JSON. */
    THRIFT("application/sparql-results+thrift", ResultSetLang.RS_Thrift),
    /** Plain JSON clients get the SPARQL JSON results, labelled as they asked. */
    PLAIN_JSON("application/json", ResultSetLang.RS_JSON);

    private final String mediaType;
    private final Lang lang;

    ResultFormat(String mediaType, Lang lang) {
        this.mediaType = mediaType;
        this.lang = lang;
    }

    /** The media type, without parameters. */
    public String mediaType() {
        return mediaType;
    }

    /** Jena's result set language, for writing and reading back. */
    public Lang lang() {
        return lang;
    }

    /** Every media type, in the server's order of preference. */
    public static List<String> mediaTypes() {
        return Arrays.stream(values()).map(ResultFormat::mediaType).toList();
    }

    /** The media types that can carry an ASK's answer: RDF Thrift defines no boolean form. */
    public static List<String> booleanMediaTypes() {
        return Arrays.stream(values()).filter(f -> f != THRIFT).map(ResultFormat::mediaType).toList();
    }

    /** The format with this media type (parameters ignored). */
    public static Optional<ResultFormat> ofMediaType(String mediaType) {
        String bare = mediaType.split(";")[0].strip().toLowerCase();
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(bare)).findFirst();
    }
}
