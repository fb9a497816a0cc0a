package org.w3id.cailloux.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleDataTest {

    private static final String BASE = "https://loos-en-gohelle.example/";
    private static TransitionVocabulary vocabulary;
    private static Graph sample;

    @BeforeAll
    static void load() {
        vocabulary = TransitionVocabulary.load();
        sample = SampleData.loosEnGohelle(BASE);
    }

    @Test
    void sampleDataConformsToTheShapes() {
        Validation validation = vocabulary.validate(sample);
        assertTrue(validation.conforms(), () -> "violations: " + validation.violations());
    }

    @Test
    void loosEnGohelleIsATerritoryWithItsInseeCode() {
        List<QuerySolution> rows = select("""
                SELECT ?name ?code WHERE { <%sterritory> a cx:Territory ; schema:name ?name ; igeo:codeINSEE ?code }
                """.formatted(BASE));
        assertEquals(1, rows.size());
        assertEquals("Loos-en-Gohelle", rows.get(0).getLiteral("name").getString());
        assertEquals("62528", rows.get(0).getLiteral("code").getString());
    }

    @Test
    void atLeastTenExperimentsEachSayingWhereItsFactsComeFrom() {
        List<QuerySolution> experiments = select("SELECT ?e WHERE { ?e a cx:Experiment }");
        assertTrue(experiments.size() >= 10, "experiments: " + experiments.size());
        List<QuerySolution> unsourced = select("""
                SELECT ?e WHERE { ?e a cx:Experiment FILTER NOT EXISTS { ?e dct:source ?s } }""");
        assertEquals(List.of(), unsourced, "experiments without dct:source");
    }

    @Test
    void everyExperimentHasANarrativeInFrenchAndEnglish() {
        List<QuerySolution> untold = select("""
                SELECT ?e WHERE {
                  ?e a cx:Experiment .
                  FILTER NOT EXISTS { ?e cx:narrative/schema:text ?fr FILTER(lang(?fr) = "fr") }
                  FILTER NOT EXISTS { ?e cx:narrative/schema:text ?en FILTER(lang(?en) = "en") }
                }""");
        assertEquals(List.of(), untold);
    }

    @Test
    void theSeedsExperimentsAreAllThere() {
        List<QuerySolution> devices = select("""
                SELECT DISTINCT ?d WHERE { ?e a cx:Experiment ; cx:device ?d }""");
        List<String> used = devices.stream().map(r -> r.getResource("d").getURI()).toList();
        for (String device : List.of("local-currency", "storytelling-events", "organic-school-canteen",
                "eco-construction-rules", "solar-support-for-households", "learning-visits",
                "means-centred-evaluation", "festive-gatherings", "cooperative-work-organisation",
                "concertation-on-public-space")) {
            assertTrue(used.contains(Scheme.DEVICES.concept(device).getURI()), "no experiment uses device " + device);
        }
    }

    @Test
    void datedMilestonesComeFromTheSeeds() {
        List<QuerySolution> rows = select("""
                SELECT ?date WHERE { ?e cx:milestone/dct:date ?date }""");
        List<String> dates = rows.stream().map(r -> r.getLiteral("date").getLexicalForm()).toList();
        assertTrue(dates.contains("1997"), "eco-construction policy since 1997: " + dates);
        assertTrue(dates.contains("2014"), "ADEME protocol signed in 2014: " + dates);
    }

    private static List<QuerySolution> select(String body) {
        Model model = ModelFactory.createModelForGraph(sample);
        String query = """
                PREFIX cx: <https://w3id.org/cailloux/ns#>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX schema: <http://schema.org/>
                PREFIX igeo: <http://rdf.insee.fr/def/geo#>
                """ + body;
        try (QueryExecution exec = QueryExecution.create(query, model)) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            exec.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
