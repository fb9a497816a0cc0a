package org.w3id.cailloux.node.peers;

/** What a peer says of itself on its {@code /health}: its city and the vocabulary version it uses. */
public record PeerFacts(String city, String vocabularyVersion) {

    /** Before the peer said anything. */
    public static final PeerFacts UNKNOWN = new PeerFacts(null, null);
}
