package org.w3id.cailloux.node.home;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;
import java.util.Map;
import org.w3id.cailloux.node.NodeSettings;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/** {@code GET /}: the node's home page. */
@Controller
public class HomeController {

    private final NodeSettings settings;
    private final TransitionVocabulary vocabulary;

    HomeController(NodeSettings settings, TransitionVocabulary vocabulary) {
        this.settings = settings;
        this.vocabulary = vocabulary;
    }

    @Get
    @View("home")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> home() {
        return Map.of("city", settings.getCity(), "vocabularyVersion", vocabulary.version());
    }
}
