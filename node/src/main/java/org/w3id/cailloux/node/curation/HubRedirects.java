package org.w3id.cailloux.node.curation;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.net.URI;
import org.w3id.cailloux.node.curation.problems.NotTheHubProblem;

/**
 * On a city node, the hub's curation pages and releases are at the hub: {@code /vocabulary/proposals},
 * {@code /vocabulary/releases}, {@code /vocabulary/changes} and {@code /vocabulary/versions/…} answer with a
 * redirection there (303), or a problem saying that no hub is known.
 */
@Controller("/vocabulary")
@Requires(property = "cailloux.vocabulary.hub", notEquals = "true")
public class HubRedirects {

    private final CurationSettings settings;

    HubRedirects(CurationSettings settings) {
        this.settings = settings;
    }

    @Get("/{page:proposals|releases|changes}")
    HttpResponse<?> page(HttpRequest<?> request, String page) {
        return toHub(request);
    }

    @Get("/{page:proposals|versions}/{rest}")
    HttpResponse<?> one(HttpRequest<?> request, String page, String rest) {
        return toHub(request);
    }

    private HttpResponse<?> toHub(HttpRequest<?> request) {
        String hub = settings.getHubUrl();
        if (hub == null) {
            throw new NotTheHubProblem("This node is not the vocabulary hub and follows none (CAILLOUX_VOCABULARY_HUB_URL is not set): "
                    + request.getPath() + " lives on the hub.");
        }
        String query = request.getUri().getRawQuery();
        return HttpResponse.seeOther(URI.create(hub + request.getPath().substring(1) + (query == null ? "" : "?" + query)));
    }
}
