package org.w3id.cailloux.node.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.cailloux.node.index.QueryIndex;

/**
 * The statistics a VoID description gives, computed with SPARQL over the published graphs: every named
 * graph but the vocabulary's, taken as their union (a triple in two graphs, such as an agent's name,
 * counts once). Run it inside a read transaction on the index.
 */
record VoidStatistics(long triples, long entities, long distinctSubjects, long distinctObjects,
                      Map<String, Long> classes, List<PropertyStatistics> properties, Set<String> concepts) {

    /** One property: its triples, distinct subjects and objects, and the concepts among its objects. */
    record PropertyStatistics(String property, long triples, long distinctSubjects, long distinctObjects,
                              Set<String> concepts) {}

    private static final String PUBLISHED = "GRAPH ?g { ?s ?p ?o } FILTER (?g != <" + QueryIndex.VOCABULARY_GRAPH.getURI() + ">)";
    private static final String DISTINCT_TRIPLES = "{ SELECT DISTINCT ?s ?p ?o { " + PUBLISHED + " } }";

    /** The statistics of the published graphs of {@code dataset}; entities are the IRI subjects under {@code uriSpace}. */
    static VoidStatistics of(DatasetGraph dataset, String uriSpace) {
        Binding totals = one(dataset, "SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects) "
                + "WHERE " + DISTINCT_TRIPLES);
        Binding entities = one(dataset, "SELECT (COUNT(DISTINCT ?s) AS ?entities) { " + PUBLISHED
                + " FILTER (isIRI(?s) && STRSTARTS(STR(?s), \"" + uriSpace.replace("\"", "\\\"") + "\")) }");
        Map<String, Long> classes = new TreeMap<>();
        select(dataset, "SELECT ?class (COUNT(DISTINCT ?s) AS ?entities) { " + PUBLISHED.replace("?s ?p ?o", "?s a ?class")
                + " } GROUP BY ?class").forEach(b -> classes.put(b.get("class").getURI(), number(b, "entities")));
        Map<String, Set<String>> conceptsByProperty = new TreeMap<>();
        select(dataset, "SELECT DISTINCT ?p ?o { " + PUBLISHED + " GRAPH <" + QueryIndex.VOCABULARY_GRAPH.getURI()
                + "> { ?o a <http://www.w3.org/2004/02/skos/core#Concept> } }")
                .forEach(b -> conceptsByProperty.computeIfAbsent(b.get("p").getURI(), k -> new TreeSet<>()).add(b.get("o").getURI()));
        List<PropertyStatistics> properties = new ArrayList<>();
        select(dataset, "SELECT ?p (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects) "
                + "WHERE " + DISTINCT_TRIPLES + " GROUP BY ?p ORDER BY ?p")
                .forEach(b -> properties.add(new PropertyStatistics(b.get("p").getURI(), number(b, "triples"),
                        number(b, "subjects"), number(b, "objects"),
                        conceptsByProperty.getOrDefault(b.get("p").getURI(), Set.of()))));
        Set<String> concepts = new TreeSet<>();
        conceptsByProperty.values().forEach(concepts::addAll);
        return new VoidStatistics(number(totals, "triples"), number(entities, "entities"), number(totals, "subjects"),
                number(totals, "objects"), classes, properties, concepts);
    }

    private static Binding one(DatasetGraph dataset, String query) {
        return select(dataset, query).get(0);
    }

    private static List<Binding> select(DatasetGraph dataset, String query) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet rows = exec.select();
            List<Binding> list = new ArrayList<>();
            rows.forEachRemaining(list::add);
            return list;
        }
    }

    private static long number(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }
}
