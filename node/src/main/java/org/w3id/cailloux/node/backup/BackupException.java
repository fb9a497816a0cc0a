package org.w3id.cailloux.node.backup;

/** A backup that cannot be made or restored, with what to do about it. */
public final class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }
}
