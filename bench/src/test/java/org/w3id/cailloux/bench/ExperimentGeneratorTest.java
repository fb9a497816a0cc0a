package org.w3id.cailloux.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;
import org.w3id.cailloux.vocabulary.Validation;

class ExperimentGeneratorTest {

    private static final String BASE = "http://bench.cailloux.test/";
    private final TransitionVocabulary vocabulary = TransitionVocabulary.load();
    private final ConceptSlugs concepts = new ConceptSlugs(vocabulary.graph());

    @Test
    void theSameSeedGivesTheSameExperimentsAndTheSameJson() {
        List<ExperimentSpec> first = new ExperimentGenerator(7, concepts).generate(300);
        List<ExperimentSpec> second = new ExperimentGenerator(7, concepts).generate(300);
        assertEquals(first, second);
        ExperimentJsonForm json = new ExperimentJsonForm(BASE);
        assertEquals(first.stream().map(json::json).toList(), second.stream().map(json::json).toList());
        ExperimentRdf rdf = new ExperimentRdf(BASE);
        assertTrue(IsoMatcher.isomorphic(rdf.graph(first.get(123)), rdf.graph(second.get(123))));
    }

    @Test
    void anotherSeedGivesOtherExperiments() {
        assertNotEquals(new ExperimentGenerator(7, concepts).generate(50), new ExperimentGenerator(8, concepts).generate(50));
    }

    @Test
    void slugsAreUniqueAndInspirationPointsBackwards() {
        List<ExperimentSpec> experiments = new ExperimentGenerator(42, concepts).generate(2000);
        HashSet<String> seen = new HashSet<>();
        for (ExperimentSpec spec : experiments) {
            spec.inspiredBy().forEach(source -> assertTrue(seen.contains(source), spec.slug() + " inspired by a later " + source));
            assertTrue(seen.add(spec.slug()), "duplicate slug " + spec.slug());
        }
        assertTrue(experiments.stream().anyMatch(e -> !e.inspiredBy().isEmpty()));
    }

    @Test
    void everyGeneratedRecordConformsToTheVocabularyShapes() {
        ExperimentRdf rdf = new ExperimentRdf(BASE);
        for (ExperimentSpec spec : new ExperimentGenerator(42, concepts).generate(200)) {
            Graph record = rdf.graph(spec);
            Validation validation = vocabulary.validate(record);
            assertTrue(validation.conforms(), spec.slug() + ": " + validation);
        }
    }
}
