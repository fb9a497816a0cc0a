package org.w3id.cailloux.node.linkeddata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import java.io.ByteArrayOutputStream;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cailloux.node.rdf.ContentNegotiation;
import org.w3id.cailloux.node.rdf.NotAcceptableProblem;

/**
 * {@code GET /dump}: every published graph (experiments and territory, not the vocabulary), each in its
 * named graph, in N-Quads (default) or TriG; {@code /dump.nq} and {@code /dump.trig} name one format each.
 */
@Controller
public class DumpController {

    private final PublishedData data;

    DumpController(PublishedData data) {
        this.data = data;
    }

    @Get("/dump")
    @Produces({"application/n-quads", "application/trig"})
    HttpResponse<byte[]> dump(@Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        DumpFormat format = ContentNegotiation.choose(accept, DumpFormat.mediaTypes())
                .flatMap(DumpFormat::ofMediaType)
                .orElseThrow(() -> new NotAcceptableProblem(accept, DumpFormat.mediaTypes()));
        return RdfDocuments.ok(write(format), format.mediaType() + "; charset=utf-8", true);
    }

    @Get("/dump.{extension}")
    @Produces({"application/n-quads", "application/trig", MediaType.ALL})
    HttpResponse<byte[]> dumpIn(@PathVariable String extension) {
        DumpFormat format = DumpFormat.ofExtension(extension).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND,
                "No dump format has the extension ." + extension + "; use .nq or .trig."));
        return RdfDocuments.ok(write(format), format.mediaType() + "; charset=utf-8", false);
    }

    private byte[] write(DumpFormat format) {
        DatasetGraph published = data.allPublished();
        published.prefixes().putAll(RdfDocuments.prefixes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(published).format(format.writeFormat()).output(out);
        return out.toByteArray();
    }
}
