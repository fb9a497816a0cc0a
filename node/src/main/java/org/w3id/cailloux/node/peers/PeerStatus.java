package org.w3id.cailloux.node.peers;

import java.time.Duration;
import java.time.Instant;

/**
 * What a peer showed last: up, slow (answered, but slower than {@link #SLOW}), down, or unknown.
 *
 * @param state       up, slow, down or unknown
 * @param lastLatency the time of the last successful exchange, null before any
 * @param lastSeen    when it last answered, null if never
 * @param lastError   why the last exchange failed, null after a success
 */
public record PeerStatus(String state, Duration lastLatency, Instant lastSeen, String lastError) {

    /** Latency past which a peer that answers is reported slow. */
    public static final Duration SLOW = Duration.ofSeconds(2);
    /** Before any exchange. */
    public static final PeerStatus UNKNOWN = new PeerStatus("unknown", null, null, null);

    static PeerStatus answered(Duration latency, Instant at, PeerStatus previous) {
        return new PeerStatus(latency.compareTo(SLOW) > 0 ? "slow" : "up", latency, at, null);
    }

    static PeerStatus failed(String reason, Instant at, PeerStatus previous) {
        return new PeerStatus("down", previous == null ? null : previous.lastLatency(),
                previous == null ? null : previous.lastSeen(), reason);
    }
}
