package org.w3id.cailloux.node.publishing;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import org.w3id.cailloux.node.publishing.record.RecordJsonLd;

/** {@code GET /context.jsonld}: the JSON-LD context the node's JSON-LD representations are compacted with. */
@Controller("/context.jsonld")
public class ContextController {

    @Get
    @Produces("application/ld+json")
    HttpResponse<String> context() {
        return HttpResponse.ok(RecordJsonLd.contextDocument())
                .header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", "public, max-age=3600");
    }
}
