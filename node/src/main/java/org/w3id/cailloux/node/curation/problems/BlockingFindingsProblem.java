package org.w3id.cailloux.node.curation.problems;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.w3id.cailloux.node.curation.review.Finding;
import org.w3id.cailloux.node.problem.ProblemException;

/** A change that would bring blocking quality findings: each named by its check and concept; nothing was changed. */
public final class BlockingFindingsProblem extends ProblemException {

    private final List<Finding> findings;

    public BlockingFindingsProblem(String what, List<Finding> findings) {
        super("blocking-findings", "Blocking quality findings", HttpStatus.UNPROCESSABLE_ENTITY, what + " would bring "
                + findings.size() + " blocking finding(s): " + findings.stream().map(f -> f.check() + " on <" + f.focus() + ">")
                .distinct().limit(5).collect(Collectors.joining(", "))
                + (findings.size() > 5 ? ", …" : "") + ". Nothing was changed; fix the change, or a coordinator may set the check's severity to warning.");
        this.findings = List.copyOf(findings);
    }

    @Override
    protected Map<String, Object> extensions() {
        return Map.of("findings", findings.stream().map(Finding::toJson).toList());
    }
}
