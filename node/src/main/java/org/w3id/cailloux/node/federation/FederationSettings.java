package org.w3id.cailloux.node.federation;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Limits and caches of the federation engine, under {@code cailloux.federation.*}. The local evaluation
 * of a federated query keeps the limits of {@code cailloux.sparql.*} (time limit, result limit, query length).
 */
@ConfigurationProperties("cailloux.federation")
public class FederationSettings {

    private Duration timeout = Duration.ofSeconds(10);
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Duration peerTimeout = Duration.ofSeconds(8);
    private long maxResponseBytes = 50L * 1024 * 1024;
    private Duration askCacheTtl = Duration.ofSeconds(60);
    private Duration voidRefresh = Duration.ofSeconds(60);
    private boolean voidSelection = true;
    private int boundJoinMaxValues = 500;
    private long wholeStarMaxTriples = 1_000;
    private int maxRequestLength = 50_000;
    private long answerCacheBytes = 16L * 1024 * 1024;

    /**
     * The deadline of everything a federated query asks of the peers (source selection and data, all
     * rounds together); a peer that has not answered by then is left out of the answer. Default 10 s.
     */
    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** How long opening a connection to a peer may take; default 2 s. */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** How long one request to one peer may take, within the overall deadline; default 8 s. */
    public Duration getPeerTimeout() {
        return peerTimeout;
    }

    public void setPeerTimeout(Duration peerTimeout) {
        this.peerTimeout = peerTimeout;
    }

    /** The largest answer read from a peer, in bytes; a larger one leaves the peer out. Default 50 MiB. */
    public long getMaxResponseBytes() {
        return maxResponseBytes;
    }

    public void setMaxResponseBytes(long maxResponseBytes) {
        this.maxResponseBytes = maxResponseBytes;
    }

    /** How long a peer's answer to a source-selection question (may it match this pattern?) is reused; default 60 s. */
    public Duration getAskCacheTtl() {
        return askCacheTtl;
    }

    public void setAskCacheTtl(Duration askCacheTtl) {
        this.askCacheTtl = askCacheTtl;
    }

    /** How long a peer's VoID description (or its absence) is reused before it is fetched again; default 60 s, like the ASK cache: a peer's new kinds of data are seen within a minute. */
    public Duration getVoidRefresh() {
        return voidRefresh;
    }

    public void setVoidRefresh(Duration voidRefresh) {
        this.voidRefresh = voidRefresh;
    }

    /** Whether source selection reads the peers' VoID descriptions first (ASK questions otherwise); default true. */
    public boolean isVoidSelection() {
        return voidSelection;
    }

    public void setVoidSelection(boolean voidSelection) {
        this.voidSelection = voidSelection;
    }

    /**
     * The most values a bound join sends to a peer in one VALUES block; with more, the pattern is fetched
     * unbound. Default 500.
     */
    public int getBoundJoinMaxValues() {
        return boundJoinMaxValues;
    }

    public void setBoundJoinMaxValues(int boundJoinMaxValues) {
        this.boundJoinMaxValues = boundJoinMaxValues;
    }

    /**
     * A star a bound join could take is fetched whole in the first round instead when no node holds more than
     * this many triples of its properties (by the peers' VoID, and counting on this node): one round trip less
     * for at most this many triples more from each node, about 125 KB in RDF Thrift and a few milliseconds of
     * the node's work. 0 always binds. Default 1,000.
     */
    public long getWholeStarMaxTriples() {
        return wholeStarMaxTriples;
    }

    public void setWholeStarMaxTriples(long wholeStarMaxTriples) {
        this.wholeStarMaxTriples = wholeStarMaxTriples;
    }

    /**
     * The longest request sent to a peer, in characters of query text: a longer data request is cut in several (by
     * its patterns, then by a bound join's values), a longer source-selection question too (by its patterns), and
     * a longer partial aggregate is not pushed down. Below the peers' {@code cailloux.sparql.max-query-length}
     * (100,000 by default), which they refuse beyond. Default 50,000.
     */
    public int getMaxRequestLength() {
        return maxRequestLength;
    }

    public void setMaxRequestLength(int maxRequestLength) {
        this.maxRequestLength = maxRequestLength;
    }

    /**
     * The room for peers' answers kept by {@link PeerAnswerCache} (an estimate of their size); 0 turns it off, so that
     * every federated query asks the peers again. Default 16 MiB.
     */
    public long getAnswerCacheBytes() {
        return answerCacheBytes;
    }

    public void setAnswerCacheBytes(long answerCacheBytes) {
        this.answerCacheBytes = answerCacheBytes;
    }
}
