package org.w3id.cailloux.node.curation.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.curation.review.Reviewer;
import org.w3id.cailloux.node.publishing.record.RecordCodec;
import org.w3id.cailloux.node.vocabulary.SemanticVersion;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/** Each kind of change, read from its JSON and applied to the shipped vocabulary, states what it means both ways. */
class ChangeTest {

    private static final String THEMES = "https://w3id.org/cailloux/scheme/themes/";
    private static final String DEVICES = "https://w3id.org/cailloux/scheme/devices/";
    private static final JsonMapper JSON = JsonMapper.createDefault();
    private final Graph shipped = TransitionVocabulary.load().graph();

    private Graph applied(String json) throws Exception {
        Change change = ChangeReader.read(JSON.readValue(json, Argument.mapOf(String.class, Object.class)), shipped);
        Graph after = Reviewer.copy(shipped);
        change.apply(after);
        // What the JSON form writes reads back as the same change
        Change again = ChangeReader.read(change.toJson(), shipped);
        Graph twice = Reviewer.copy(shipped);
        again.apply(twice);
        assertTrue(Delta.between(after, twice).isEmpty(), "toJson reads back as the same change: " + change.toJson());
        return after;
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    @Test
    void aNewConceptUnderABroaderOneIsStatedBothWays() throws Exception {
        Graph g = applied("{\"kind\": \"new-concept\", \"scheme\": \"themes\", \"slug\": \"water\", \"prefLabel\": {\"fr\": \"eau\", \"en\": \"water\"},"
                + " \"definition\": {\"fr\": \"L'eau.\", \"en\": \"Water.\"}, \"altLabel\": {\"fr\": [\"ressource en eau\"]},"
                + " \"broader\": [\"" + THEMES + "biodiversity\"], \"related\": [\"" + THEMES + "food-system\"], \"sources\": [\"https://example.org/eau\"]}");
        Node water = iri(THEMES + "water");
        assertTrue(g.contains(water, SKOS.broader.asNode(), iri(THEMES + "biodiversity")));
        assertTrue(g.contains(iri(THEMES + "biodiversity"), SKOS.narrower.asNode(), water));
        assertTrue(g.contains(water, SKOS.related.asNode(), iri(THEMES + "food-system")));
        assertTrue(g.contains(iri(THEMES + "food-system"), SKOS.related.asNode(), water));
        assertTrue(g.contains(water, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("ressource en eau", "fr")));
        assertTrue(g.contains(water, DCTerms.source.asNode(), iri("https://example.org/eau")));
        assertFalse(g.contains(water, SKOS.topConceptOf.asNode(), Node.ANY), "under a broader concept, not a top concept");
    }

    @Test
    void aMoveToTheTopTakesTheConceptOutOfItsBroaderOne() throws Exception {
        Graph g = applied("{\"kind\": \"move\", \"concept\": \"" + THEMES + "renewable-energy\", \"broader\": []}");
        Node c = iri(THEMES + "renewable-energy");
        assertFalse(g.contains(c, SKOS.broader.asNode(), Node.ANY));
        assertFalse(g.contains(iri(THEMES + "energy-transition"), SKOS.narrower.asNode(), c));
        assertTrue(g.contains(c, SKOS.topConceptOf.asNode(), iri("https://w3id.org/cailloux/scheme/themes")));
        assertTrue(g.contains(iri("https://w3id.org/cailloux/scheme/themes"), SKOS.hasTopConcept.asNode(), c));
    }

    @Test
    void aDeprecationKeepsTheConceptAndNamesItsReplacements() throws Exception {
        Graph g = applied("{\"kind\": \"deprecate\", \"concept\": \"" + DEVICES + "festive-gatherings\", \"replacedBy\": [\""
                + DEVICES + "storytelling-events\", \"" + DEVICES + "knowledge-sharing\"], \"reason\": \"Trop proches.\"}");
        Node c = iri(DEVICES + "festive-gatherings");
        assertTrue(g.contains(c, OWL.deprecated.asNode(), Node.ANY));
        assertEquals(2, g.find(c, DCTerms.isReplacedBy.asNode(), Node.ANY).toList().size());
        assertTrue(g.contains(c, SKOS.inScheme.asNode(), Node.ANY), "still in its scheme: data tagged with it resolves");
        assertTrue(g.contains(c, SKOS.changeNote.asNode(), NodeFactory.createLiteralLang("Trop proches.", "fr")));
    }

    @Test
    void aMergeGivesTheKeptConceptTheLabelsAndChildrenOfTheOther() throws Exception {
        Graph g = applied("{\"kind\": \"merge\", \"concept\": \"" + THEMES + "organic-food\", \"into\": \"" + THEMES + "food-system\"}");
        Node merged = iri(THEMES + "organic-food");
        Node kept = iri(THEMES + "food-system");
        assertTrue(g.contains(merged, DCTerms.isReplacedBy.asNode(), kept));
        shipped.find(merged, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(t ->
                assertTrue(g.contains(kept, SKOS.altLabel.asNode(), t.getObject()), t.getObject() + " kept as an alternative label"));
    }

    @Test
    void relationsAreAddedAndRemovedInBothDirections() throws Exception {
        Graph added = applied("{\"kind\": \"add-relation\", \"concept\": \"" + THEMES + "culture\", \"relation\": \"related\", \"target\": \""
                + THEMES + "mobility\"}");
        assertTrue(added.contains(iri(THEMES + "mobility"), SKOS.related.asNode(), iri(THEMES + "culture")));
        Graph removed = applied("{\"kind\": \"remove-relation\", \"concept\": \"" + THEMES + "renewable-energy\", \"relation\": \"broader\","
                + " \"target\": \"" + THEMES + "energy-transition\"}");
        assertFalse(removed.contains(iri(THEMES + "energy-transition"), SKOS.narrower.asNode(), iri(THEMES + "renewable-energy")));
        Graph mapped = applied("{\"kind\": \"add-relation\", \"concept\": \"" + THEMES + "culture\", \"relation\": \"closeMatch\","
                + " \"target\": \"http://www.wikidata.org/entity/Q11042\"}");
        assertTrue(mapped.contains(iri(THEMES + "culture"), SKOS.closeMatch.asNode(), iri("http://www.wikidata.org/entity/Q11042")));
    }

    @Test
    void aNewSchemeComesWithItsFirstTopConcept() throws Exception {
        Graph g = applied("{\"kind\": \"new-scheme\", \"slug\": \"water-uses\", \"prefLabel\": {\"fr\": \"Usages de l'eau\", \"en\": \"Water uses\"},"
                + " \"definition\": {\"fr\": \"Les usages.\", \"en\": \"The uses.\"}, \"concepts\": [{\"slug\": \"drinking\","
                + " \"prefLabel\": {\"fr\": \"eau potable\", \"en\": \"drinking water\"}, \"definition\": {\"fr\": \"Boire.\", \"en\": \"Drinking.\"}}]}");
        assertTrue(g.contains(iri("https://w3id.org/cailloux/scheme/water-uses"), SKOS.hasTopConcept.asNode(),
                iri("https://w3id.org/cailloux/scheme/water-uses/drinking")));
    }

    @Test
    void everyFaultIsReportedAtOnceWithItsField() {
        InvalidChangeException e = assertThrows(InvalidChangeException.class, () -> ChangeReader.read(Map.of("kind", "new-concept",
                "scheme", "themes", "slug", "culture", "prefLabel", Map.of("fr", "x"), "definition", "not an object",
                "broader", List.of(THEMES + "nothing")), shipped));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("slug", "prefLabel.en", "definition", "broader")), fields.toString());
        assertTrue(e.errors().get(0).message("en").contains("exists already"), e.errors().toString());
        assertThrows(InvalidChangeException.class, () -> ChangeReader.read(Map.of("kind", "rename"), shipped));
    }

    @Test
    void deltasIgnoreBlankNodeLabelsOfTheSameList() {
        Graph again = RecordCodec.decode(RecordCodec.encode(shipped));
        assertTrue(Delta.between(shipped, again).isEmpty(), "the ordered collection reparsed is the same list");
    }

    @Test
    void versionsOrderAndBumpAsSemanticVersioningSays() {
        SemanticVersion v = SemanticVersion.parse("1.2.3");
        assertEquals("1.3.0", v.next(SemanticVersion.Bump.MINOR).toString());
        assertEquals("2.0.0", v.next(SemanticVersion.Bump.MAJOR).toString());
        assertEquals(SemanticVersion.Bump.PATCH, v.stepTo(SemanticVersion.parse("1.2.4")));
        assertEquals(null, v.stepTo(SemanticVersion.parse("1.2.3")));
        assertTrue(SemanticVersion.parse("1.10.0").compareTo(SemanticVersion.parse("1.9.9")) > 0);
        assertThrows(IllegalArgumentException.class, () -> SemanticVersion.parse("1.2"));
        assertThrows(IllegalArgumentException.class, () -> SemanticVersion.parse("01.2.3"));
    }
}
