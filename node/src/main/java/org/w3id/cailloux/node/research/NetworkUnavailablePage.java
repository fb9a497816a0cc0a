package org.w3id.cailloux.node.research;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the network could not answer a researchers' page at all (the federation endpoint failed): a page that says
 * so in plain words, 503, without the internal reason (which goes to the log).
 */
@Controller
public class NetworkUnavailablePage {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkUnavailablePage.class);

    @Error(global = true, exception = NetworkQueryException.class)
    HttpResponse<ModelAndView<Map<String, String>>> page(NetworkQueryException failure) {
        LOG.warn("A researchers' page could not query the network: {}", failure.getMessage());
        return HttpResponse.<ModelAndView<Map<String, String>>>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(new ModelAndView<>("not-found", Map.of(
                        "titleFr", "Le réseau n’a pas répondu", "titleEn", "The network did not answer",
                        "messageFr", "La question posée au réseau n’a pas reçu de réponse à temps. Réessayez dans un instant ; "
                                + "le point d’accès SPARQL de ce nœud, /sparql, reste disponible.",
                        "messageEn", "The question sent to the network got no answer in time. Try again in a moment; "
                                + "this node's own SPARQL endpoint, /sparql, is still available.")))
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header("Retry-After", "30");
    }
}
