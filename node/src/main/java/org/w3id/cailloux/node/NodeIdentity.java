package org.w3id.cailloux.node;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/** The node's public IRIs, minted from {@code cailloux.base-uri} or, by default, the URL it listens on. */
@Singleton
public class NodeIdentity {

    private final NodeSettings settings;
    private final Provider<EmbeddedServer> server;

    NodeIdentity(NodeSettings settings, Provider<EmbeddedServer> server) {
        this.settings = settings;
        this.server = server;
    }

    /** The base of every IRI the node mints, ending with a slash. */
    public String baseUri() {
        if (settings.getBaseUri() != null) {
            return settings.getBaseUri();
        }
        String url = server.get().getURL().toString();
        return url.endsWith("/") ? url : url + "/";
    }

    /** The node's own IRI: the base itself. */
    public String nodeIri() {
        return baseUri();
    }

    /** The IRI of the node's territory (its city). */
    public String territoryIri() {
        return baseUri() + "territory";
    }

    /** The IRI of the experiment with this slug. */
    public String experimentIri(String slug) {
        return baseUri() + "experiments/" + slug;
    }

    /** The city the node publishes for. */
    public String city() {
        return settings.getCity();
    }
}
