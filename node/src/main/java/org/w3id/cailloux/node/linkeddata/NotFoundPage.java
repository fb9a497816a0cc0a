package org.w3id.cailloux.node.linkeddata;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.views.ModelAndView;
import java.util.Map;

/** The 404 page a browser gets where an RDF client gets a problem document. */
@Controller
public class NotFoundPage {

    @Error(global = true, exception = PageNotFoundException.class)
    HttpResponse<ModelAndView<Map<String, String>>> page(PageNotFoundException missing) {
        return HttpResponse.<ModelAndView<Map<String, String>>>status(HttpStatus.NOT_FOUND)
                .body(new ModelAndView<>("not-found", Map.of("titleFr", missing.titleFr(), "titleEn", missing.titleEn(),
                        "messageFr", missing.messageFr(), "messageEn", missing.messageEn())))
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }
}
