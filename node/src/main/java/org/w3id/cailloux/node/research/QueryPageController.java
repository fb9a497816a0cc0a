package org.w3id.cailloux.node.research;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.cailloux.node.NodeIdentity;

/** {@code GET /query}: YASGUI on this node's {@code /sparql} and on {@code /federation/sparql}, with the library of examples. */
@Controller
public class QueryPageController {

    private final ExampleQueries examples;
    private final WebJars webJars;
    private final NodeIdentity identity;

    QueryPageController(ExampleQueries examples, WebJars webJars, NodeIdentity identity) {
        this.examples = examples;
        this.webJars = webJars;
        this.identity = identity;
    }

    @Get("/query")
    @View("query")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> query() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("city", identity.city());
        model.put("examples", examples.all());
        model.put("yasguiScript", webJars.yasguiScript());
        model.put("yasguiStyle", webJars.yasguiStyle());
        return model;
    }
}
