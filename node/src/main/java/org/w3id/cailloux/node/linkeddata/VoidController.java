package org.w3id.cailloux.node.linkeddata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import java.util.Arrays;
import org.w3id.cailloux.node.rdf.ContentNegotiation;
import org.w3id.cailloux.node.rdf.NotAcceptableProblem;
import org.w3id.cailloux.node.rdf.RdfFormat;

/**
 * {@code GET /.well-known/void}: the VoID and DCAT description of the node's dataset, Turtle unless asked
 * otherwise, with an entity tag that changes with the data ({@code If-None-Match} gets a 304).
 */
@Controller("/.well-known/void")
public class VoidController {

    private final VoidDescriptions descriptions;

    VoidController(VoidDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    @Get
    @Produces({"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", MediaType.ALL})
    HttpResponse<byte[]> description(@Nullable @Header(HttpHeaders.ACCEPT) String accept,
                                     @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        RdfFormat format = ContentNegotiation.choose(accept, RdfFormat.mediaTypes())
                .flatMap(RdfFormat::ofMediaType)
                .orElseThrow(() -> new NotAcceptableProblem(accept, RdfFormat.mediaTypes()));
        if (ifNoneMatch != null) {
            String etag = descriptions.etag(format);
            if (Arrays.stream(ifNoneMatch.split(",")).map(String::strip).anyMatch(tag -> tag.equals(etag) || tag.equals("*"))) {
                return HttpResponse.<byte[]>notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            }
        }
        VoidDescriptions.Served served = descriptions.in(format);
        return RdfDocuments.ok(served.bytes(), format.mediaType() + "; charset=utf-8", true).header(HttpHeaders.ETAG, served.etag());
    }
}
