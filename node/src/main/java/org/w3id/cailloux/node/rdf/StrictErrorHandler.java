package org.w3id.cailloux.node.rdf;

import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;

/**
 * Parses strictly: an error stops the parse (Jena's default handler logs some errors and goes on,
 * which would store half a document), while warnings such as an ill-formed date literal pass,
 * for SHACL validation to report them in words a person understands.
 */
public final class StrictErrorHandler implements ErrorHandler {

    /** The one instance; it holds no state. */
    public static final StrictErrorHandler INSTANCE = new StrictErrorHandler();

    private StrictErrorHandler() {}

    @Override
    public void warning(String message, long line, long col) {
        // Left to validation.
    }

    @Override
    public void error(String message, long line, long col) {
        throw new RiotException(position(line, col) + message);
    }

    @Override
    public void fatal(String message, long line, long col) {
        throw new RiotException(position(line, col) + message);
    }

    private static String position(long line, long col) {
        return line < 0 ? "" : "[line " + line + (col < 0 ? "" : ", column " + col) + "] ";
    }
}
