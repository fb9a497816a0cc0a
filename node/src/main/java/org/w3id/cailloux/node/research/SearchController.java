package org.w3id.cailloux.node.research;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import java.util.Map;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.web.Paging;

/** {@code GET /search}: keywords and facets over the experiments of the whole network; each result names its city. */
@Controller
public class SearchController {

    private final NetworkSearch search;
    private final NodeIdentity identity;

    SearchController(NetworkSearch search, NodeIdentity identity) {
        this.search = search;
        this.identity = identity;
    }

    @Get("/search")
    @View("search")
    @Produces(MediaType.TEXT_HTML)
    // The network's answer may come from this node's own federation endpoint: never wait on the event loop
    @ExecuteOn(TaskExecutors.BLOCKING)
    Map<String, Object> search(@Nullable @QueryValue String q, @Nullable @QueryValue String city,
                               @Nullable @QueryValue String theme, @Nullable @QueryValue String pillar,
                               @Nullable @QueryValue String level, @Nullable @QueryValue String device,
                               @Nullable @QueryValue String status, @Nullable @QueryValue String from,
                               @Nullable @QueryValue String to, @Nullable @QueryValue String page) {
        SearchCriteria criteria = new SearchCriteria(q, city, theme, pillar, level, device, status, year(from), year(to));
        return Map.of("city", identity.city(), "results", search.search(criteria, Paging.asked(page)));
    }

    /** A year, or no bound when the field is empty or not a year. */
    static Integer year(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }
}
