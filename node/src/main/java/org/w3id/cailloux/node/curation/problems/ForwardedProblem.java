package org.w3id.cailloux.node.curation.problems;

import io.micronaut.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.cailloux.node.problem.ProblemException;

/** A problem the hub answered to a request this node forwarded: passed on to the person as the hub wrote it. */
public final class ForwardedProblem extends ProblemException {

    private final Map<String, Object> members;

    public ForwardedProblem(int status, Map<String, Object> body) {
        super(slug(body), String.valueOf(body.getOrDefault("title", "The vocabulary hub refused the request")),
                HttpStatus.valueOf(status), String.valueOf(body.getOrDefault("detail", "The vocabulary hub answered HTTP " + status + ".")));
        members = new LinkedHashMap<>(body);
        members.keySet().removeAll(java.util.Set.of("type", "title", "status", "detail", "instance"));
    }

    @Override
    protected Map<String, Object> extensions() {
        return members;
    }

    private static String slug(Map<String, Object> body) {
        String type = String.valueOf(body.getOrDefault("type", ""));
        return type.startsWith(TYPE_BASE) ? type.substring(TYPE_BASE.length()) : "hub-refused";
    }
}
