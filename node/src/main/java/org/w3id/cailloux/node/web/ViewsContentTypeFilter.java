package org.w3id.cailloux.node.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Filter;
import io.micronaut.views.ViewsFilter;
import io.micronaut.views.ViewsModelDecorator;
import io.micronaut.views.ViewsRendererLocator;
import io.micronaut.views.ViewsResolver;
import io.micronaut.views.turbo.TurboFrameRenderer;

/**
 * Micronaut Views' filter, except for the type of a rendered page: a negotiating route lists {@code *}{@code /*}
 * among what it produces (so that its own 406 can list the offers), and for a client that accepts anything the
 * filter labelled the HTML page {@code *}{@code /*}. A page is HTML, as the controller chose it.
 */
@Filter("/**")
@Requires(beans = ViewsResolver.class)
@Replaces(ViewsFilter.class)
class ViewsContentTypeFilter extends ViewsFilter {

    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

    ViewsContentTypeFilter(ViewsResolver viewsResolver, ViewsRendererLocator viewsRendererLocator,
                           ViewsModelDecorator viewsModelDecorator, TurboFrameRenderer turboFrameRenderer) {
        super(viewsResolver, viewsRendererLocator, viewsModelDecorator, turboFrameRenderer);
    }

    @Override
    protected MediaType resolveMediaType(HttpRequest<?> request, HttpResponse<?> response, Object body) {
        MediaType resolved = super.resolveMediaType(request, response, body);
        return resolved == null || "*".equals(resolved.getType()) ? HTML : resolved;
    }
}
