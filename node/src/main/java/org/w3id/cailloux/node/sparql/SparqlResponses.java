package org.w3id.cailloux.node.sparql;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.w3id.cailloux.node.rdf.ContentNegotiation;
import org.w3id.cailloux.node.rdf.NotAcceptableProblem;
import org.w3id.cailloux.node.rdf.RdfFormat;

/**
 * Chooses the media type of an answer from {@code Accept} and writes the answer in it, straight to the
 * response (no intermediate string). A capped answer carries {@value #TRUNCATED} {@code : true}.
 */
public final class SparqlResponses {

    /** Response header saying that the result limit cut the answer short. */
    public static final String TRUNCATED = "Cailloux-Result-Truncated";

    /** Response header saying whether the answer was {@code evaluated} or {@code cached} (see {@code AnswerCache}). */
    public static final String ANSWER = "Cailloux-Answer";

    /** RDF Thrift, offered for CONSTRUCT and DESCRIBE answers besides the {@link RdfFormat}s: binary, for machines. */
    public static final String RDF_THRIFT = "application/rdf+thrift";

    private static final List<String> GRAPH_MEDIA_TYPES = Stream.concat(RdfFormat.mediaTypes().stream(), Stream.of(RDF_THRIFT)).toList();

    private SparqlResponses() {}

    /** The media type to answer {@code query} in, or a 406 problem. */
    public static String negotiate(Query query, String accept) {
        return negotiate(query.isSelectType() ? ResultFormat.mediaTypes() : query.isAskType() ? ResultFormat.booleanMediaTypes() : GRAPH_MEDIA_TYPES,
                accept);
    }

    /** The media type to send {@code answer} in, or a 406 problem. */
    public static String negotiate(QueryAnswer answer, String accept) {
        return negotiate(switch (answer) {
            case QueryAnswer.Rows rows -> ResultFormat.mediaTypes();
            case QueryAnswer.Bool bool -> ResultFormat.booleanMediaTypes();
            case QueryAnswer.Triples triples -> GRAPH_MEDIA_TYPES;
        }, accept);
    }

    private static String negotiate(List<String> offered, String accept) {
        return ContentNegotiation.choose(accept, offered).orElseThrow(() -> new NotAcceptableProblem(accept, offered));
    }

    /** True when {@code Cache-Control} asks for an answer evaluated anew ({@code no-cache} or {@code no-store}). */
    public static boolean wantsFresh(String cacheControl) {
        if (cacheControl == null) {
            return false;
        }
        String directives = cacheControl.toLowerCase(Locale.ROOT);
        return directives.contains("no-cache") || directives.contains("no-store");
    }

    /** The media type for an RDF document such as the service description, or a 406 problem. */
    public static String negotiateRdf(String accept) {
        List<String> offered = RdfFormat.mediaTypes();
        return ContentNegotiation.choose(accept, offered).orElseThrow(() -> new NotAcceptableProblem(accept, offered));
    }

    /** The response carrying a kept answer as {@code mediaType}, written once per media type and then copied. */
    public static MutableHttpResponse<Writable> of(AnswerCache.Kept kept, String mediaType) {
        WrittenAnswer written = kept.as(mediaType, type -> {
            WrittenAnswer out = new WrittenAnswer();
            try {
                body(kept.answer(), type).write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        });
        MutableHttpResponse<Writable> response = HttpResponse.<Writable>ok((OutputWritable) written::copyTo)
                .contentType(contentType(mediaType))
                .contentLength(written.size())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (kept.answer().truncated()) {
            response.header(TRUNCATED, "true");
        }
        return response;
    }

    /** The response carrying {@code answer} as {@code mediaType}. */
    public static MutableHttpResponse<Writable> of(QueryAnswer answer, String mediaType) {
        MutableHttpResponse<Writable> response = HttpResponse.<Writable>ok(body(answer, mediaType))
                .contentType(contentType(mediaType))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (answer.truncated()) {
            response.header(TRUNCATED, "true");
        }
        return response;
    }

    private static OutputWritable body(QueryAnswer answer, String mediaType) {
        return switch (answer) {
            case QueryAnswer.Rows rows when result(mediaType).lang() == ResultSetLang.RS_JSON ->
                    out -> SparqlJsonWriter.writeRows(out, rows.vars(), rows.rows());
            case QueryAnswer.Rows rows -> out -> ResultsWriter.create().lang(result(mediaType).lang()).build()
                    .write(out, RowSetStream.create(rows.vars(), rows.rows().iterator()));
            case QueryAnswer.Bool bool when result(mediaType).lang() == ResultSetLang.RS_JSON ->
                    out -> SparqlJsonWriter.writeBoolean(out, bool.value());
            case QueryAnswer.Bool bool -> out -> ResultsWriter.create().lang(result(mediaType).lang()).build()
                    .write(out, bool.value());
            case QueryAnswer.Triples triples -> graph(triples.graph(), mediaType);
        };
    }

    /** The response carrying {@code graph} as {@code mediaType}, one of {@link RdfFormat}'s. */
    public static MutableHttpResponse<Writable> of(Graph graph, String mediaType) {
        return HttpResponse.<Writable>ok(graph(graph, mediaType))
                .contentType(contentType(mediaType))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    private static String contentType(String mediaType) {
        return mediaType.endsWith("+thrift") ? mediaType : mediaType + "; charset=utf-8";
    }

    private static ResultFormat result(String mediaType) {
        return ResultFormat.ofMediaType(mediaType).orElseThrow();
    }

    private static OutputWritable graph(Graph graph, String mediaType) {
        if (mediaType.equals(RDF_THRIFT)) {
            return out -> RDFDataMgr.write(out, graph, RDFFormat.RDF_THRIFT);
        }
        RdfFormat format = RdfFormat.ofMediaType(mediaType).orElseThrow();
        return out -> RDFDataMgr.write(out, graph, format.writeFormat());
    }

    /** A body written to the response's byte stream; Jena's writers encode UTF-8 themselves. */
    @FunctionalInterface
    private interface OutputWritable extends Writable {

        void write(OutputStream out) throws IOException;

        @Override
        default void writeTo(OutputStream out, Charset charset) throws IOException {
            write(out);
            out.flush();
        }

        @Override
        default void writeTo(Writer writer) throws IOException {
            // Only for a caller that wants characters; the server writes bytes
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            write(bytes);
            writer.write(bytes.toString(StandardCharsets.UTF_8));
        }
    }
}
