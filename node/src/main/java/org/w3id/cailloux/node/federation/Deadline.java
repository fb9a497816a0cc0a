package org.w3id.cailloux.node.federation;

import java.time.Duration;

/** The moment by which every exchange of one federated query must be over. */
record Deadline(long endNanos) {

    static Deadline after(Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    /** Time left, never negative. */
    Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /** The time one request may take: its own limit, within what is left. */
    Duration forRequest(Duration limit) {
        Duration left = remaining();
        Duration chosen = left.compareTo(limit) < 0 ? left : limit;
        return chosen.isZero() ? Duration.ofMillis(1) : chosen;
    }

    boolean passed() {
        return System.nanoTime() >= endNanos;
    }
}
