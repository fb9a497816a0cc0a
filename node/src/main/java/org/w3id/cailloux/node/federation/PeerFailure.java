package org.w3id.cailloux.node.federation;

/**
 * A request to a node that brought nothing usable back, with a reason a person can read; the message names
 * the node ({@code @ <node IRI> - reason}) and {@link #reason()} is the reason alone.
 */
final class PeerFailure extends RuntimeException {

    private final String reason;

    PeerFailure(Source source, String reason) {
        super("@ " + source.nodeIri() + " - " + reason, null, false, false);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
