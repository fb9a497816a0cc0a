package org.w3id.cailloux.node.sparql;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Limits of the local SPARQL endpoint, under {@code cailloux.sparql.*}. Every query has a time limit
 * and a result limit (the brief's non-negotiables), so one heavy query cannot hold the node.
 */
@ConfigurationProperties("cailloux.sparql")
public class SparqlSettings {

    private Duration timeout = Duration.ofSeconds(10);
    private int resultLimit = 10_000;
    private int maxQueryLength = 100_000;
    private long answerCacheBytes = 16L * 1024 * 1024;

    /** How long a query may run before it is stopped and answered with 503; default 10 s. */
    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** The most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) an answer carries; default 10,000. */
    public int getResultLimit() {
        return resultLimit;
    }

    public void setResultLimit(int resultLimit) {
        this.resultLimit = resultLimit;
    }

    /** The longest query text accepted, in characters; default 100,000 (longer: 413). */
    public int getMaxQueryLength() {
        return maxQueryLength;
    }

    public void setMaxQueryLength(int maxQueryLength) {
        this.maxQueryLength = maxQueryLength;
    }

    /** How much room answers kept for repeated queries may take, in bytes (estimated); default 16 MiB, 0 keeps none. */
    public long getAnswerCacheBytes() {
        return answerCacheBytes;
    }

    public void setAnswerCacheBytes(long answerCacheBytes) {
        this.answerCacheBytes = answerCacheBytes;
    }
}
