package org.w3id.cailloux.node.research;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.cailloux.node.NodeIdentity;
import org.w3id.cailloux.node.web.Paging;

/**
 * {@code GET /compare?theme=} (or {@code device=}, {@code pillar=}): cities × experiments for one concept, with
 * charts; {@code GET /compare.csv?table=experiments|themes|levels&theme=...}: each table as CSV.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class CompareController {

    private final NetworkComparison comparison;
    private final NodeIdentity identity;
    private final JsonMapper json;
    private final WebJars webJars;

    CompareController(NetworkComparison comparison, NodeIdentity identity, JsonMapper json, WebJars webJars) {
        this.webJars = webJars;
        this.comparison = comparison;
        this.identity = identity;
        this.json = json;
    }

    @Get("/compare")
    @View("compare")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> compare(@Nullable @QueryValue String theme, @Nullable @QueryValue String device,
                                @Nullable @QueryValue String pillar, @Nullable @QueryValue String page) {
        String[] choice = choice(theme, device, pillar);
        Comparison c = comparison.compare(choice[0], choice[1], Paging.asked(page), NetworkComparison.PAGE_SIZE);
        String selection = choice[0] == null ? "" : choice[0] + "=" + URLEncoder.encode(choice[1], StandardCharsets.UTF_8);
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("themes", Comparison.chart(c.cities(), c.themes()));
        charts.put("levels", Comparison.chart(c.cities(), c.levels()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("city", identity.city());
        model.put("comparison", c);
        model.put("choices", comparison.choices());
        model.put("selected", choice[1] == null ? "" : choice[1]);
        model.put("csv", Map.of(
                "experiments", "/compare.csv?table=experiments" + (selection.isEmpty() ? "" : "&" + selection),
                "themes", "/compare.csv?table=themes",
                "levels", "/compare.csv?table=levels"));
        model.put("previous", c.page() > 1 ? pageHref(selection, c.page() - 1) : null);
        model.put("next", c.page() < c.pages() ? pageHref(selection, c.page() + 1) : null);
        model.put("chartData", script(charts));
        model.put("echarts", webJars.echartsScript());
        return model;
    }

    @Get("/compare.csv")
    @Produces("text/csv")
    HttpResponse<String> csv(@Nullable @QueryValue String table, @Nullable @QueryValue String theme,
                             @Nullable @QueryValue String device, @Nullable @QueryValue String pillar) {
        String name = table != null && ComparisonCsv.TABLES.contains(table) ? table : "experiments";
        String[] choice = choice(theme, device, pillar);
        // The file is for analysis: every experiment, not a page
        Comparison c = comparison.compare(choice[0], choice[1], 1, Integer.MAX_VALUE);
        String file = "cailloux-" + name + (c.chosen() ? "-" + c.concept().slug() : "") + ".csv";
        return HttpResponse.ok(ComparisonCsv.of(c, name))
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
    }

    private static String pageHref(String selection, int page) {
        return "/compare?" + selection + (page > 1 ? "&page=" + page : "");
    }

    /** The dimension and slug chosen: theme first, then device, then pillar. */
    private static String[] choice(String theme, String device, String pillar) {
        if (theme != null && !theme.isBlank()) {
            return new String[] {"theme", theme.strip()};
        }
        if (device != null && !device.isBlank()) {
            return new String[] {"device", device.strip()};
        }
        if (pillar != null && !pillar.isBlank()) {
            return new String[] {"pillar", pillar.strip()};
        }
        return new String[] {null, null};
    }

    /** JSON safe inside a script element: no "</" can close it. */
    private String script(Object value) {
        try {
            return json.writeValueAsString(value).replace("</", "<\\/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
