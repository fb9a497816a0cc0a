package org.w3id.cailloux.node.peers;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/** One configured peer: {@code cailloux.peers.<name>.url} (so {@code CAILLOUX_PEERS_<NAME>_URL} works). */
@EachProperty("cailloux.peers")
public class PeerConfiguration {

    private final String name;
    private String url;

    PeerConfiguration(@Parameter String name) {
        this.name = name;
    }

    /** The peer's name in the configuration. */
    public String getName() {
        return name;
    }

    /** The peer node's base URL, e.g. {@code https://data.grande-synthe.fr/}. */
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
