package org.w3id.cailloux.node.curation.api;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Map;
import org.w3id.cailloux.node.curation.problems.CurationRequestProblem;

/**
 * Reads a JSON object body. Curation bodies are read as bytes, not bound by the framework, because a forwarded
 * request's proof is the digest of those very bytes.
 */
@Singleton
public class JsonBodies {

    private final JsonMapper json;

    JsonBodies(JsonMapper json) {
        this.json = json;
    }

    /** The body as a JSON object; a 400 problem when it is not one. */
    public Map<String, Object> object(byte[] body) {
        if (body == null || body.length == 0) {
            throw new CurationRequestProblem("The body is a JSON object; it was empty.");
        }
        try {
            Map<String, Object> map = json.readValue(body, Argument.mapOf(String.class, Object.class));
            if (map == null) {
                throw new CurationRequestProblem("The body is a JSON object.");
            }
            return map;
        } catch (IOException | RuntimeException e) {
            if (e instanceof CurationRequestProblem p) {
                throw p;
            }
            throw new CurationRequestProblem("The body is not a JSON object: check its syntax (Content-Type: application/json).");
        }
    }

    /** An object as JSON bytes. */
    public byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
