package org.w3id.cailloux.node;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** The node's own settings, under {@code cailloux.*}. */
@ConfigurationProperties("cailloux")
public class NodeSettings {

    private String city = "Loos-en-Gohelle";
    @Nullable
    private String baseUri;
    private String dataDir = "data";

    /** The city the node publishes for; default Loos-en-Gohelle. */
    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    /** The public base of the node's IRIs (ends with a slash); null to use the URL it listens on. */
    @Nullable
    public String getBaseUri() {
        return baseUri;
    }

    public void setBaseUri(@Nullable String baseUri) {
        this.baseUri = baseUri == null || baseUri.endsWith("/") ? baseUri : baseUri + "/";
    }

    /** Where the node keeps its files; default {@code ./data}. */
    public String getDataDir() {
        return dataDir;
    }

    public void setDataDir(String dataDir) {
        this.dataDir = dataDir;
    }
}
