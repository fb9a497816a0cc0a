package org.w3id.cailloux.node.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;
import java.util.Map;

/** A page whose template fails while rendering, for {@link PageRenderingErrorTest} only. */
@Controller("/test-only")
@Requires(property = "cailloux.test.broken-page", value = "true")
class BrokenPageController {

    @Get("/broken-page")
    @View("test/broken")
    Map<String, Object> broken() {
        return Map.of("present", "yes");
    }
}
