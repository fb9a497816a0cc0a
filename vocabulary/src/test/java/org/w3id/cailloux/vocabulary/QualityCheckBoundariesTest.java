package org.w3id.cailloux.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.vocabulary.quality.QualityChecks;
import org.w3id.cailloux.vocabulary.quality.QualityIssue;

/** Where each check draws its line: what it must report, and the correct counterpart it must leave alone. */
class QualityCheckBoundariesTest {

    private static final String THEMES = Scheme.NS + "themes";
    private static final String WATER = THEMES + "/water";

    /** A new top concept of the themes scheme, complete, to which each test adds what it is about. */
    private static final String WATER_CONCEPT = """
            themes:water a skos:Concept ; skos:inScheme <https://w3id.org/cailloux/scheme/themes> ;
                skos:prefLabel "eau"@fr , "water"@en ;
                skos:definition "La gestion de l'eau."@fr , "Water management."@en .
            """;
    private static final String WATER_AT_TOP = WATER_CONCEPT + """
            themes:water skos:topConceptOf <https://w3id.org/cailloux/scheme/themes> .
            <https://w3id.org/cailloux/scheme/themes> skos:hasTopConcept themes:water .
            """;

    private static TransitionVocabulary vocabulary;
    private static QualityChecks checks;

    @BeforeAll
    static void load() {
        vocabulary = TransitionVocabulary.load();
        checks = QualityChecks.curation(vocabulary.shapesGraph());
    }

    @Test
    void aCompleteNewConceptRaisesNothing() {
        assertEquals(List.of(), checks.run(VocabularyCopies.with(vocabulary.graph(), WATER_AT_TOP)));
    }

    @Test
    void relatedSiblingsAreValuelessButRelatedCousinsAreNot() {
        String hydropower = """
                themes:hydropower a skos:Concept ; skos:inScheme <https://w3id.org/cailloux/scheme/themes> ;
                    skos:broader themes:energy-transition ; skos:related themes:%s ;
                    skos:prefLabel "hydroélectricité"@fr , "hydropower"@en ;
                    skos:definition "L'énergie tirée de l'eau."@fr , "Energy drawn from water."@en .
                themes:energy-transition skos:narrower themes:hydropower .
                themes:%s skos:related themes:hydropower .
                """;
        List<QualityIssue> siblings = run("valueless-associative-relation", hydropower.formatted("renewable-energy", "renewable-energy"));
        assertEquals(1, siblings.size(), siblings::toString);
        assertEquals(THEMES + "/hydropower", siblings.get(0).focus());
        assertTrue(siblings.get(0).detail().contains("<" + THEMES + "/renewable-energy>"));
        assertTrue(siblings.get(0).detail().contains("<" + THEMES + "/energy-transition>"));
        assertEquals(List.of(), checks.run(VocabularyCopies.with(vocabulary.graph(), hydropower.formatted("organic-food", "organic-food"))));
    }

    @Test
    void aMappingAcrossSchemesIsFineButInsideOneIsMisused() {
        String across = WATER_AT_TOP + "themes:water skos:exactMatch effect-types:thematic-result .";
        assertEquals(List.of(), checks.run(VocabularyCopies.with(vocabulary.graph(), across)));
        List<QualityIssue> inside = run("mapping-inside-scheme", WATER_AT_TOP + "themes:water skos:exactMatch themes:biodiversity .");
        assertEquals(List.of(WATER), foci(inside));
        assertTrue(inside.get(0).detail().contains("<" + THEMES + "/biodiversity>"));
    }

    @Test
    void anExactMatchClashesWithARelatedMatchOrABroaderLinkOfThePair() {
        assertEquals(List.of(WATER), foci(run("mapping-clash", WATER_AT_TOP + """
                themes:water skos:exactMatch effect-types:thematic-result .
                effect-types:thematic-result skos:broadMatch themes:water .
                """)));
        assertEquals(List.of(WATER), foci(run("mapping-clash", WATER_AT_TOP + """
                themes:water skos:exactMatch themes:biodiversity ; skos:related themes:biodiversity .
                """)));
        assertEquals(List.of(), run("mapping-clash", WATER_AT_TOP + """
                themes:water skos:exactMatch effect-types:thematic-result ; skos:relatedMatch effect-types:negative-effect .
                """));
    }

    @Test
    void overlappingLabelsAreReportedOncePerPairWithinOneSchemeOnly() {
        List<QualityIssue> overlap = run("overlapping-labels", WATER_AT_TOP + """
                themes:water skos:altLabel "Biodiversité"@fr , " natural   ENVIRONMENT "@en .
                """);
        assertEquals(1, overlap.size(), overlap::toString);
        assertEquals(THEMES + "/biodiversity", overlap.get(0).focus());
        assertEquals("shares the labels \"biodiversité\"@fr, \"natural environment\"@en with <" + WATER + "> in <" + THEMES + ">",
                overlap.get(0).detail());
        assertEquals(List.of(), run("overlapping-labels", WATER_AT_TOP + """
                themes:water skos:altLabel "confiance"@fr , "Biodiversity"@fr .
                """), "the same label in another scheme, or in another language, is no overlap");
    }

    @Test
    void aDeprecatedConceptKeepsItsLabelsBesideItsReplacement() {
        String merged = WATER_AT_TOP + """
                themes:aquatic-life a skos:Concept ; skos:inScheme <https://w3id.org/cailloux/scheme/themes> ;
                    owl:deprecated true ; dct:isReplacedBy themes:water ;
                    skos:prefLabel "vie aquatique"@fr , "aquatic life"@en ;
                    skos:definition "La vie dans l'eau."@fr , "Life in water."@en .
                themes:water skos:altLabel "vie aquatique"@fr .
                """;
        assertEquals(List.of(), run("overlapping-labels", merged));
        assertEquals(List.of(), run("replacement-unusable", merged));
    }

    @Test
    void aConceptUnderAnExistingOneOrAFlatListOfTopConceptsIsConnected() {
        assertEquals(List.of(), run("disconnected-clusters", WATER_CONCEPT + """
                themes:water skos:broader themes:biodiversity . themes:biodiversity skos:narrower themes:water .
                """));
        assertEquals(List.of(), run("disconnected-clusters", WATER_AT_TOP));
        assertEquals(List.of(WATER), foci(run("disconnected-clusters", WATER_CONCEPT)));
    }

    @Test
    void aConceptUnderTwoUnrelatedConceptsIsNoRedundancy() {
        String twoParents = WATER_CONCEPT + """
                themes:water skos:broader themes:biodiversity , themes:food-system .
                themes:biodiversity skos:narrower themes:water . themes:food-system skos:narrower themes:water .
                """;
        assertEquals(List.of(), checks.run(VocabularyCopies.with(vocabulary.graph(), twoParents)));
        List<QualityIssue> redundant = run("hierarchical-redundancy", WATER_CONCEPT + """
                themes:water skos:broader themes:social-action .
                themes:employment-and-inclusion skos:broader themes:water .
                themes:water skos:narrower themes:employment-and-inclusion .
                themes:social-action skos:narrower themes:water .
                """);
        assertEquals(List.of(THEMES + "/employment-and-inclusion"), foci(redundant));
        assertTrue(redundant.get(0).detail().startsWith("skos:broader <" + THEMES + "/social-action> is redundant"));
    }

    @Test
    void aTopConceptMayHaveABroaderConceptInAnotherScheme() {
        assertEquals(List.of(), run("top-concept-with-broader", WATER_AT_TOP + "themes:water skos:broader effect-types:thematic-result ."));
    }

    @Test
    void aNarrowerRemovedFromTheShippedDataLeavesAOneWayBroader() {
        Graph broken = VocabularyCopies.copy(vocabulary.graph());
        Node parent = NodeFactory.createURI(THEMES + "/energy-transition");
        Node child = NodeFactory.createURI(THEMES + "/renewable-energy");
        broken.delete(parent, SKOS.narrower.asNode(), child);
        List<QualityIssue> issues = checks.byId("one-way-relation").run(broken);
        assertEquals(List.of(child.getURI()), foci(issues));
        assertEquals("skos:broader <" + parent.getURI() + "> without <" + parent.getURI() + "> skos:narrower it in return",
                issues.get(0).detail());
    }

    @Test
    void aSchemeTheShapesUseMustStayDefined() {
        Graph broken = VocabularyCopies.copy(vocabulary.graph());
        broken.delete(NodeFactory.createURI(THEMES), RDF.type.asNode(), SKOS.ConceptScheme.asNode());
        List<QualityIssue> issues = checks.byId("shapes-reference-vocabulary").run(broken);
        assertEquals(List.of(THEMES), foci(issues));
        assertTrue(issues.get(0).detail().contains("does not define it"), issues::toString);
    }

    @Test
    void shapesThatDoNotParseAreOneFinding() {
        Graph shapes = VocabularyCopies.copy(vocabulary.shapesGraph());
        RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <https://w3id.org/cailloux/shapes#Broken> a sh:NodeShape ;
                    sh:targetClass <https://w3id.org/cailloux/ns#Experiment> ;
                    sh:property [ sh:path "not a path" ] .
                """, Lang.TURTLE).parse(shapes);
        List<QualityIssue> issues = QualityChecks.curation(shapes).byId("shapes-reference-vocabulary").run(vocabulary.graph());
        assertEquals(List.of("https://w3id.org/cailloux/shapes"), foci(issues));
        assertTrue(issues.get(0).detail().startsWith("the shapes do not parse: "), issues::toString);
    }

    @Test
    void curationChecksTheShapesItIsGiven() {
        Graph shapes = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <https://w3id.org/cailloux/shapes#InWater> a sh:NodeShape ;
                    sh:property [ sh:path <http://www.w3.org/2004/02/skos/core#inScheme> ;
                                  sh:hasValue <https://w3id.org/cailloux/scheme/water> ] .
                """, Lang.TURTLE).parse(shapes);
        List<QualityIssue> issues = QualityChecks.curation(shapes).run(vocabulary.graph());
        assertEquals(List.of(Scheme.NS + "water"), foci(issues));
        assertEquals("the shapes use it (sh:hasValue) but the vocabulary does not define it (no rdf:type)", issues.get(0).detail());
    }

    @Test
    void aRegionalTagIsWellFormedButAMalformedOneIsNot() {
        assertEquals(List.of(), run("label-language-tag", WATER_AT_TOP + "themes:water skos:altLabel \"flotte\"@fr-FR ."));
        Graph broken = VocabularyCopies.with(vocabulary.graph(), WATER_AT_TOP);
        broken.add(NodeFactory.createURI(WATER), SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("flotte", "xx-"));
        List<QualityIssue> issues = checks.byId("label-language-tag").run(broken);
        assertEquals(List.of(WATER), foci(issues));
        assertTrue(issues.get(0).detail().contains("'xx-', which is not well-formed BCP 47"), issues::toString);
    }

    @Test
    void accentsAndNonBreakingSpacesArePrintableButALoneSurrogateIsNot() {
        assertEquals(List.of(), run("unprintable-characters",
                WATER_AT_TOP + "themes:water skos:altLabel \"l’eau\u00a0: ça coule — 💧\"@fr ."));
        Graph broken = VocabularyCopies.with(vocabulary.graph(), WATER_AT_TOP);
        broken.add(NodeFactory.createURI(WATER), SKOS.hiddenLabel.asNode(), NodeFactory.createLiteralLang("eau\ud83d", "fr"));
        List<QualityIssue> issues = checks.byId("unprintable-characters").run(broken);
        assertEquals(List.of(WATER), foci(issues));
        assertEquals("skos:hiddenLabel \"eau\\uD83D\"@fr holds the unprintable character U+D83D", issues.get(0).detail());
    }

    @Test
    void aLabelOfNonBreakingSpacesIsEmpty() {
        assertEquals(List.of(WATER), foci(run("empty-label", WATER_AT_TOP + "themes:water skos:hiddenLabel \"\u00a0\u00a0\"@fr .")));
    }

    @Test
    void aReplacementMustBeAnotherLiveConcept() {
        String deprecated = WATER_AT_TOP + "themes:water owl:deprecated true ; dct:isReplacedBy themes:%s .";
        assertEquals(List.of(), run("replacement-unusable", deprecated.formatted("biodiversity")));
        assertTrue(run("replacement-unusable", deprecated.formatted("water")).get(0).detail().endsWith("names the term itself"));
        List<QualityIssue> chained = run("replacement-unusable", deprecated.formatted("biodiversity")
                + " themes:biodiversity owl:deprecated true ; dct:isReplacedBy themes:culture .");
        assertEquals(List.of(WATER), foci(chained));
        assertTrue(chained.get(0).detail().endsWith("is deprecated itself"));
    }

    @Test
    void aMisspeltSkosClassIsUndefined() {
        List<QualityIssue> issues = run("undefined-skos-term", WATER_AT_TOP + "themes:water a skos:Concpet .");
        assertEquals(List.of(WATER), foci(issues));
        assertEquals("rdf:type skos:Concpet, which SKOS does not define", issues.get(0).detail());
    }

    @Test
    void aNoteInBothLanguagesIsCovered() {
        assertEquals(List.of(), run("incomplete-language-coverage",
                WATER_AT_TOP + "themes:water skos:scopeNote \"Eau potable.\"@fr , \"Drinking water.\"@en ."));
        assertEquals(List.of(WATER), foci(run("incomplete-language-coverage",
                WATER_AT_TOP + "themes:water skos:example \"The Lens canal.\"@en .")));
    }

    private static List<QualityIssue> run(String checkId, String turtle) {
        return checks.byId(checkId).run(VocabularyCopies.with(vocabulary.graph(), turtle));
    }

    private static List<String> foci(List<QualityIssue> issues) {
        return issues.stream().map(QualityIssue::focus).toList();
    }
}
