package org.w3id.cailloux.node.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.index.IndexRebuilder;
import org.w3id.cailloux.node.index.QueryIndex;

/** A node's first start publishes the Loos-en-Gohelle sample; a restart keeps everything; a rebuilt index answers the same. */
class SampleDataAndRestartTest {

    private static final List<String> QUERIES = List.of(
            "SELECT ?e ?title WHERE { ?e a <https://w3id.org/cailloux/ns#Experiment> ; <http://purl.org/dc/terms/title> ?title } ORDER BY ?e ?title",
            """
            SELECT ?label (COUNT(?e) AS ?n) WHERE {
              ?e <https://w3id.org/cailloux/ns#theme> ?t . ?t <http://www.w3.org/2004/02/skos/core#prefLabel> ?label
              FILTER(lang(?label) = "fr") } GROUP BY ?label ORDER BY ?label""",
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
            "SELECT ?name ?code WHERE { ?t <http://schema.org/name> ?name ; <http://rdf.insee.fr/def/geo#codeINSEE> ?code }");

    private static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        // A fixed public base: the port changes across restarts, the IRIs must not
        node = TestNode.start(Map.of("cailloux.sample-data", "loos-en-gohelle", "cailloux.base-uri", "https://loos.cailloux.test/"));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void theFirstStartPublishesTheLoosEnGohelleSample() throws Exception {
        HttpResponse<String> list = node.send(node.anonymous("/api/experiments?size=100"));
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"total\":13"), list.body());
        assertTrue(list.body().contains("la-manne"));
        assertEquals(List.of(List.of("Loos-en-Gohelle", "62528")), answers(QUERIES.get(3)));
    }

    @Test
    void frenchFullTextSearchFindsTheLocalCurrency() throws Exception {
        HttpResponse<String> found = node.send(node.anonymous("/api/experiments?q=monnaie%20locale"));
        assertEquals(200, found.statusCode());
        assertTrue(found.body().startsWith("{\"items\":[{\"slug\":\"la-manne\""), "la manne ranks first: " + found.body());
        HttpResponse<String> plural = node.send(node.anonymous("/api/experiments?q=monnaies"));
        assertTrue(plural.body().contains("la-manne"), "French stemming: " + plural.body());
        HttpResponse<String> byTheme = node.send(node.anonymous("/api/experiments?theme=eco-construction&status=running"));
        assertTrue(byTheme.body().contains("ecoconstruction") && !byTheme.body().contains("la-manne"), byTheme.body());
    }

    @Test
    void afterARestartEverythingIsThereAndARebuiltIndexGivesIdenticalAnswers() throws Exception {
        List<List<List<String>>> before = new ArrayList<>();
        for (String query : QUERIES) {
            before.add(answers(query));
        }
        String listBefore = node.send(node.anonymous("/api/experiments?size=100")).body();
        node.stop();
        node.start();
        assertEquals(listBefore, node.send(node.anonymous("/api/experiments?size=100")).body());
        for (int i = 0; i < QUERIES.size(); i++) {
            assertEquals(before.get(i), answers(QUERIES.get(i)), "after restart: " + QUERIES.get(i));
        }
        node.node().context().getBean(IndexRebuilder.class).rebuild();
        for (int i = 0; i < QUERIES.size(); i++) {
            assertEquals(before.get(i), answers(QUERIES.get(i)), "after rebuild: " + QUERIES.get(i));
        }
    }

    private static List<List<String>> answers(String query) {
        QueryIndex index = node.node().context().getBean(QueryIndex.class);
        return Txn.calculateRead(index.dataset(), () -> {
            List<List<String>> rows = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(index.dataset()).query(query).build()) {
                RowSet rs = exec.select();
                List<org.apache.jena.sparql.core.Var> vars = rs.getResultVars();
                rs.forEachRemaining(b -> rows.add(vars.stream().map(v -> {
                    var n = b.get(v);
                    return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
                }).toList()));
            }
            return rows;
        });
    }
}
