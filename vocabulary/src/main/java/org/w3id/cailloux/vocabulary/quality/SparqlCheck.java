package org.w3id.cailloux.vocabulary.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * A check written as a SPARQL SELECT over the vocabulary, shipped as {@code quality/<id>.rq}:
 * each row names a {@code ?focus} and a {@code ?detail}; the file's first comment line describes it.
 */
public final class SparqlCheck implements QualityCheck {

    private final String id;
    private final String description;
    private final Query query;

    private SparqlCheck(String id, String description, Query query) {
        this.id = id;
        this.description = description;
        this.query = query;
    }

    /** Loads the check {@code quality/<id>.rq} from the classpath. */
    public static SparqlCheck load(String id) {
        String resource = "/org/w3id/cailloux/vocabulary/quality/" + id + ".rq";
        try (InputStream in = SparqlCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No quality check named " + id + " (" + resource + ")");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String firstLine = text.lines().findFirst().orElse("");
            String description = firstLine.startsWith("#") ? firstLine.substring(1).strip() : id;
            return new SparqlCheck(id, description, QueryFactory.create(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<QualityIssue> run(Graph vocabulary) {
        List<QualityIssue> issues = new ArrayList<>();
        try (QueryExec exec = QueryExec.graph(vocabulary).query(query).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> issues.add(new QualityIssue(id,
                    row.get("focus").toString(),
                    row.get("detail").getLiteralLexicalForm())));
        }
        return issues;
    }
}
