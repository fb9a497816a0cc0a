package org.w3id.cailloux.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cailloux.vocabulary.quality.JavaConstantsCheck;
import org.w3id.cailloux.vocabulary.quality.QualityCheck;
import org.w3id.cailloux.vocabulary.quality.QualityChecks;
import org.w3id.cailloux.vocabulary.quality.QualityIssue;
import org.w3id.cailloux.vocabulary.quality.Severity;

/**
 * The quality checks on the shipped vocabulary and on broken ones. Each check has a broken vocabulary
 * {@code broken-vocabulary/<id>.ttl}, added on top of the shipped one; its first line
 * {@code # expect: <IRI>} names a focus the check must report. Checks that also need triples taken
 * away (a one-way relation in data stated both ways, a scheme the shapes use) have a dedicated test
 * in {@link QualityCheckBoundariesTest} besides their fixture.
 */
class QualityCheckTest {

    private static final Set<String> WARNINGS = Set.of("incomplete-language-coverage", "undocumented-concept",
            "overlapping-labels", "disconnected-clusters", "valueless-associative-relation", "hierarchical-redundancy",
            "one-way-relation", "mapping-inside-scheme");

    private static TransitionVocabulary vocabulary;
    private static QualityChecks checks;

    @BeforeAll
    static void load() {
        vocabulary = TransitionVocabulary.load();
        checks = QualityChecks.all();
    }

    @Test
    void theShippedVocabularyPassesEveryCheck() {
        List<QualityIssue> issues = checks.run(vocabulary.graph());
        assertEquals(List.of(), issues);
    }

    static Stream<String> checkIds() {
        return QualityChecks.all().checks().stream().map(QualityCheck::id);
    }

    /** Each check has a broken vocabulary under {@code broken-vocabulary/<id>.ttl} that it must catch. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("checkIds")
    void eachCheckCatchesAVocabularyThatBreaksIt(String id) throws IOException {
        String expectedFocus;
        Graph broken = VocabularyCopies.copy(vocabulary.graph());
        String text = brokenVocabulary(id);
        expectedFocus = text.lines().findFirst().orElseThrow().replace("# expect: ", "");
        RDFParser.fromString(text, Lang.TURTLE).parse(broken);
        List<QualityIssue> issues = checks.byId(id).run(broken);
        assertTrue(issues.stream().anyMatch(i -> i.focus().equals(expectedFocus)),
                () -> id + " did not report " + expectedFocus + "; it reported " + issues);
        assertTrue(issues.stream().allMatch(i -> i.checkId().equals(id) && !i.detail().isBlank()));
    }

    @Test
    void everyCheckIsDescribedInEnglishAndFrenchWithADefaultSeverity() {
        for (QualityCheck check : checks.checks()) {
            assertFalse(check.description().isBlank(), check.id());
            assertFalse(check.descriptionFr().isBlank(), check.id());
            assertFalse(check.description().equals(check.descriptionFr()), check.id());
            assertNotNull(check.defaultSeverity(), check.id());
            assertTrue(check.id().matches("[a-z]+(-[a-z]+)*"), check.id());
        }
    }

    @Test
    void theAgreedChecksAreWarningsAndEveryOtherBlocks() {
        Set<String> warnings = checks.checks().stream().filter(c -> c.defaultSeverity() == Severity.WARNING)
                .map(QualityCheck::id).collect(Collectors.toSet());
        assertEquals(WARNINGS, warnings);
    }

    @Test
    void curationRunsEveryCheckButTheJavaConstantsOne() {
        List<String> curation = QualityChecks.curation(vocabulary.shapesGraph()).checks().stream().map(QualityCheck::id).toList();
        List<String> expected = new ArrayList<>(checks.checks().stream().map(QualityCheck::id).toList());
        expected.remove(JavaConstantsCheck.ID);
        assertEquals(expected, curation);
    }

    @Test
    void theQskosChecksAndOursAreAllThere() {
        assertEquals(Set.of("missing-pref-label", "duplicate-pref-label", "missing-definition", "concept-outside-scheme",
                        "orphan-concept", "broader-cycle", "same-label-in-scheme", "related-clashes-hierarchy",
                        "deprecated-without-replacement", "term-without-label-or-comment", "java-constants-match-turtle",
                        "empty-label", "label-language-tag", "incomplete-language-coverage", "undocumented-concept",
                        "overlapping-labels", "disjoint-labels", "unprintable-characters", "disconnected-clusters",
                        "valueless-associative-relation", "scheme-without-top-concepts", "top-concept-with-broader",
                        "hierarchical-redundancy", "reflexive-relation", "one-way-relation", "mapping-inside-scheme",
                        "undefined-skos-term", "mapping-clash", "non-http-iri", "replacement-unusable",
                        "shapes-reference-vocabulary"),
                checkIds().collect(Collectors.toSet()));
        assertEquals(31, checkIds().count());
    }

    @Test
    void curationAcceptsANewSchemeWithoutJavaConstant() {
        Graph withScheme = VocabularyCopies.with(vocabulary.graph(), """
                <https://w3id.org/cailloux/scheme/water> a skos:ConceptScheme ;
                    skos:prefLabel "Eau"@fr , "Water"@en ;
                    skos:hasTopConcept <https://w3id.org/cailloux/scheme/water/drinking-water> .
                <https://w3id.org/cailloux/scheme/water/drinking-water> a skos:Concept ;
                    skos:inScheme <https://w3id.org/cailloux/scheme/water> ;
                    skos:topConceptOf <https://w3id.org/cailloux/scheme/water> ;
                    skos:prefLabel "eau potable"@fr , "drinking water"@en ;
                    skos:definition "L'eau que l'on boit."@fr , "The water people drink."@en .
                """);
        assertEquals(List.of(), QualityChecks.curation(vocabulary.shapesGraph()).run(withScheme));
        assertEquals(List.of(Scheme.NS + "water"),
                checks.run(withScheme).stream().map(QualityIssue::focus).toList());
    }

    @Test
    void findingsDoNotDependOnTheOrderTheTriplesWereAdded() throws IOException {
        Graph broken = VocabularyCopies.copy(vocabulary.graph());
        for (String id : checkIds().toList()) {
            RDFParser.fromString(brokenVocabulary(id), Lang.TURTLE).parse(broken);
        }
        List<Triple> triples = broken.find().toList();
        Graph reversed = GraphFactory.createDefaultGraph();
        for (int i = triples.size() - 1; i >= 0; i--) {
            reversed.add(triples.get(i));
        }
        QualityChecks curation = QualityChecks.curation(vocabulary.shapesGraph());
        List<QualityIssue> issues = curation.run(broken);
        assertTrue(issues.size() > 30, () -> issues.toString());
        assertEquals(issues, curation.run(reversed));
        assertEquals(issues, QualityChecks.curation(vocabulary.shapesGraph()).run(broken));
    }

    @Test
    void javaConstantsCheckCatchesATermRemovedFromTheTurtle() {
        Graph broken = VocabularyCopies.copy(vocabulary.graph());
        broken.remove(CX.Lesson.asNode(), Node.ANY, Node.ANY);
        List<QualityIssue> issues = new JavaConstantsCheck().run(broken);
        assertEquals(1, issues.size(), () -> issues.toString());
        assertEquals(CX.NS + "Lesson", issues.get(0).focus());
        assertTrue(issues.get(0).detail().contains("no definition in the Turtle"));
    }

    @Test
    void javaConstantsCheckCatchesAConstantWithoutTerm() {
        List<QualityIssue> issues = new JavaConstantsCheck(ConstantsWithExtraTerm.class, CX.NS).run(vocabulary.graph());
        assertTrue(issues.stream().anyMatch(i -> i.focus().equals(CX.NS + "waterUse")), () -> issues.toString());
    }

    @Test
    void javaConstantsCheckCatchesASchemeWithoutEnumConstant() {
        Graph broken = VocabularyCopies.copy(vocabulary.graph());
        broken.add(NodeFactory.createURI(Scheme.NS + "water"), RDF.type.asNode(), SKOS.ConceptScheme.asNode());
        List<QualityIssue> issues = new JavaConstantsCheck().run(broken);
        assertEquals(List.of(Scheme.NS + "water"), issues.stream().map(QualityIssue::focus).toList());
    }

    private String brokenVocabulary(String id) throws IOException {
        String resource = "/broken-vocabulary/" + id + ".ttl";
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertNotNull(in, "no broken vocabulary for check " + id + " at " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A constants class with one constant more than the Turtle defines. */
    public static final class ConstantsWithExtraTerm {
        public static final Property waterUse = ResourceFactory.createProperty(CX.NS, "waterUse");
    }
}
