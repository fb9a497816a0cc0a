package org.w3id.cailloux.node.research;

/** A network query for a researchers' page could not be answered (the federation endpoint failed). */
public class NetworkQueryException extends RuntimeException {

    NetworkQueryException(String message) {
        super(message);
    }

    NetworkQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
