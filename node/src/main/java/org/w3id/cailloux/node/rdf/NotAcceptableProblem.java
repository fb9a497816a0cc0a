package org.w3id.cailloux.node.rdf;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.problem.ProblemException;

/** No representation the client accepts is offered. */
public final class NotAcceptableProblem extends ProblemException {

    private final List<String> offered;

    public NotAcceptableProblem(String accept, List<String> offered) {
        super("not-acceptable", "No acceptable representation", HttpStatus.NOT_ACCEPTABLE,
                "None of the media types in Accept: " + accept + " is offered here; ask for one of " + String.join(", ", offered) + ".");
        this.offered = List.copyOf(offered);
    }

    @Override
    protected Map<String, Object> extensions() {
        return Map.of("offered", offered);
    }
}
