package org.w3id.cailloux.node.home;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.w3id.cailloux.node.index.QueryIndex;
import org.w3id.cailloux.node.research.ConceptLabels;
import org.w3id.cailloux.node.research.ConceptLabels.Concept;

/** The city's figures on the home page: published experiments, per theme and per status, from the query index. */
@Singleton
public class HomeFigures {

    private static final String TOTAL = """
            PREFIX cx: <https://w3id.org/cailloux/ns#>
            SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a cx:Experiment }""";

    private static final String PER_CONCEPT = """
            PREFIX cx:   <https://w3id.org/cailloux/ns#>
            PREFIX adms: <http://www.w3.org/ns/adms#>
            SELECT ?p ?c (COUNT(DISTINCT ?e) AS ?n) WHERE {
              VALUES ?p { cx:theme adms:status }
              ?e a cx:Experiment ; ?p ?c .
            } GROUP BY ?p ?c""";

    private final QueryIndex index;
    private final ConceptLabels labels;

    HomeFigures(QueryIndex index, ConceptLabels labels) {
        this.index = index;
        this.labels = labels;
    }

    /** How many experiments carry a concept. */
    public record Figure(Concept concept, long experiments) {}

    /** The figures: the number of published experiments, then per theme and per status, most frequent first. */
    public record Figures(long experiments, List<Figure> themes, List<Figure> statuses) {}

    /** The city's figures now. */
    public Figures figures() {
        Map<String, Concept> concepts = labels.all();
        List<Figure> themes = new ArrayList<>();
        List<Figure> statuses = new ArrayList<>();
        long total = Txn.calculateRead(index.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(index.dataset()).query(PER_CONCEPT).build()) {
                exec.select().forEachRemaining(b -> {
                    String c = b.get("c").getURI();
                    Figure f = new Figure(concepts.getOrDefault(c, new Concept(c, c, "", c, c, Integer.MAX_VALUE)),
                            ((Number) b.get("n").getLiteralValue()).longValue());
                    (b.get("p").getURI().endsWith("#theme") ? themes : statuses).add(f);
                });
            }
            try (QueryExec exec = QueryExec.dataset(index.dataset()).query(TOTAL).build()) {
                return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
            }
        });
        Comparator<Figure> order = Comparator.comparingLong(Figure::experiments).reversed()
                .thenComparing(f -> f.concept().fr(), String.CASE_INSENSITIVE_ORDER);
        themes.sort(order);
        statuses.sort(order);
        return new Figures(total, themes, statuses);
    }
}
