package org.w3id.cailloux.node.sparql;

import io.micronaut.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3id.cailloux.node.problem.ProblemException;

/** The query is not valid SPARQL; says where (line, column) and what the parser expected. */
public final class SyntaxErrorProblem extends ProblemException {

    private final int line;
    private final int column;

    SyntaxErrorProblem(String explanation, int line, int column) {
        super("sparql-syntax-error", "SPARQL syntax error", HttpStatus.BAD_REQUEST,
                "The query is not valid SPARQL 1.1" + (line > 0 ? " (line " + line + ", column " + column + ")" : "")
                        + ": " + explanation);
        this.line = line;
        this.column = column;
    }

    @Override
    protected Map<String, Object> extensions() {
        Map<String, Object> position = new LinkedHashMap<>();
        if (line > 0) {
            position.put("line", line);
            position.put("column", column);
        }
        return position;
    }
}
