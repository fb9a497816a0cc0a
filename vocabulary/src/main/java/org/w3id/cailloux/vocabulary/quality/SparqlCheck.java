package org.w3id.cailloux.vocabulary.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * A check written as a SPARQL SELECT over the vocabulary, shipped as {@code quality/<id>.rq}:
 * each row names a {@code ?focus} and a {@code ?detail}. The file opens with three comment lines:
 * the English description, {@code # fr: } the French one, {@code # severity: blocking|warning}.
 */
public final class SparqlCheck implements QualityCheck {

    private static final String FRENCH = "# fr:";
    private static final String SEVERITY = "# severity:";

    private final String id;
    private final String description;
    private final String descriptionFr;
    private final Severity severity;
    private final Query query;

    private SparqlCheck(String id, String description, String descriptionFr, Severity severity, Query query) {
        this.id = id;
        this.description = description;
        this.descriptionFr = descriptionFr;
        this.severity = severity;
        this.query = query;
    }

    /** Loads and parses the check {@code quality/<id>.rq} from the classpath. */
    public static SparqlCheck load(String id) {
        String resource = "/org/w3id/cailloux/vocabulary/quality/" + id + ".rq";
        try (InputStream in = SparqlCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No quality check named " + id + " (" + resource + ")");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> head = text.lines().limit(3).toList();
            if (head.size() < 3 || !head.get(0).startsWith("#") || !head.get(1).startsWith(FRENCH)
                    || !head.get(2).startsWith(SEVERITY)) {
                throw new IllegalStateException(resource + " must open with '# <English description>', '"
                        + FRENCH + " <French description>' and '" + SEVERITY + " blocking|warning'");
            }
            return new SparqlCheck(id,
                    head.get(0).substring(1).strip(),
                    head.get(1).substring(FRENCH.length()).strip(),
                    Severity.ofCode(head.get(2).substring(SEVERITY.length()).strip()),
                    QueryFactory.create(text));
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
    public String descriptionFr() {
        return descriptionFr;
    }

    @Override
    public Severity defaultSeverity() {
        return severity;
    }

    @Override
    public List<QualityIssue> run(Graph vocabulary) {
        Findings found = new Findings(id);
        try (QueryExec exec = QueryExec.graph(vocabulary).query(query).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> {
                Node focus = row.get("focus");
                Node detail = row.get("detail");
                if (focus == null || detail == null) {
                    throw new IllegalStateException("Quality check " + id + " gave a row without ?focus or ?detail: " + row);
                }
                found.add(focus, detail.getLiteralLexicalForm());
            });
        }
        return found.list();
    }
}
