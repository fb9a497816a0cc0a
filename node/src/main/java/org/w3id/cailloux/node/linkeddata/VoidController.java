package org.w3id.cailloux.node.linkeddata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import org.w3id.cailloux.node.rdf.ContentNegotiation;
import org.w3id.cailloux.node.rdf.NotAcceptableProblem;
import org.w3id.cailloux.node.rdf.RdfFormat;

/** {@code GET /.well-known/void}: the VoID and DCAT description of the node's dataset, Turtle unless asked otherwise. */
@Controller("/.well-known/void")
public class VoidController {

    private final VoidDescriptions descriptions;

    VoidController(VoidDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    @Get
    @Produces({"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", MediaType.ALL})
    HttpResponse<byte[]> description(@Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        RdfFormat format = ContentNegotiation.choose(accept, RdfFormat.mediaTypes())
                .flatMap(RdfFormat::ofMediaType)
                .orElseThrow(() -> new NotAcceptableProblem(accept, RdfFormat.mediaTypes()));
        return RdfDocuments.ok(descriptions.in(format), format.mediaType() + "; charset=utf-8", true);
    }
}
