package org.w3id.cailloux.node.publishing.problems;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.w3id.cailloux.node.problem.ProblemException;
import org.w3id.cailloux.vocabulary.Violation;

/** The record breaks rules of the vocabulary's SHACL shapes: each violation, in the client's language. */
public final class ValidationProblem extends ProblemException {

    private final List<Map<String, Object>> violations;

    public ValidationProblem(String slug, List<Violation> violations, String language) {
        super("validation-failed", title(language), HttpStatus.UNPROCESSABLE_ENTITY, detail(slug, violations.size(), language));
        this.violations = ViolationEntries.of(violations, language);
    }

    @Override
    protected Map<String, Object> extensions() {
        return Map.of("violations", violations);
    }

    private static String title(String language) {
        return "en".equals(language) ? "The experiment does not follow the vocabulary's rules"
                : "L'expérimentation ne respecte pas les règles du vocabulaire";
    }

    private static String detail(String slug, int count, String language) {
        return "en".equals(language)
                ? count + " problem(s) in " + slug + "; nothing was saved. Each one is listed under 'violations'."
                : count + " problème(s) dans " + slug + " ; rien n'a été enregistré. Chacun est détaillé dans 'violations'.";
    }
}
