package org.w3id.cailloux.node.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/** Turns a JSON parser's exception into a sentence with line and column, without Java internals. */
final class JsonErrors {

    private JsonErrors() {}

    static String describe(Exception e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof JsonProcessingException)) {
            cause = cause.getCause();
        }
        if (cause instanceof StreamConstraintsException limit) {
            return limit.getOriginalMessage().contains("nesting depth")
                    ? "it is nested too deep (arrays and objects inside each other); an experiment's form needs a few levels."
                    : "it goes beyond what the node reads (" + limit.getOriginalMessage().replaceAll(",? ?from `[^`]*`", "") + ").";
        }
        if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
            String message = json.getOriginalMessage().replaceAll("\\(code \\d+\\)", "").replaceAll("\\s+", " ").strip();
            return "line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ": " + message;
        }
        return "it is not a JSON object.";
    }
}
