package org.w3id.cailloux.node.curation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;

/**
 * Where the vocabulary's master copy lives: {@code cailloux.vocabulary.hub: true} makes this node the hub
 * ({@code CAILLOUX_VOCABULARY_HUB}); other nodes follow the hub at {@code cailloux.vocabulary.hub-url}
 * ({@code CAILLOUX_VOCABULARY_HUB_URL}), by default the network directory's URL.
 */
@ConfigurationProperties("cailloux.vocabulary")
public class CurationSettings {

    private boolean hub;
    @Nullable
    private String hubUrl;
    @Nullable
    private String directory;

    /** True on the hub. */
    public boolean isHub() {
        return hub;
    }

    public void setHub(boolean hub) {
        this.hub = hub;
    }

    /** The hub's base URL (ending with a slash) for a node that follows it; null on the hub or when none is known. */
    @Nullable
    public String getHubUrl() {
        String url = hubUrl != null && !hubUrl.isBlank() ? hubUrl : directory;
        if (hub || url == null || url.isBlank()) {
            return null;
        }
        url = url.strip();
        return url.endsWith("/") ? url : url + "/";
    }

    public void setHubUrl(@Nullable String hubUrl) {
        this.hubUrl = hubUrl;
    }

    @Inject
    void setDirectory(@Nullable @Value("${cailloux.directory:}") String directory) {
        this.directory = directory;
    }
}
