package org.w3id.cailloux.node.publishing;

/** The database failed a read or write; the message is for the log, never for clients. */
public class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
