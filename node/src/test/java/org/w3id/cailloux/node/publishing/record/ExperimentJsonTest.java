package org.w3id.cailloux.node.publishing.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cailloux.vocabulary.Scheme;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;
import org.w3id.cailloux.vocabulary.Validation;

class ExperimentJsonTest {

    private static final String BASE = SampleRecords.BASE;

    static List<ExperimentRecord> records() {
        return SampleRecords.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void rdfToJsonToRdfGivesTheSameTriples(ExperimentRecord record) {
        ExperimentRecord back = ExperimentJson.fromJson(ExperimentJson.toJson(record), record.slug(), BASE);
        assertTrue(record.sameTriplesAs(back.graph()), () -> RecordCodec.encode(record) + "\n---\n" + RecordCodec.encode(back));
        assertTrue(ExperimentJson.notInJson(record, BASE).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void jsonToRdfToJsonGivesEqualJson(ExperimentRecord record) {
        Map<String, Object> json = ExperimentJson.toJson(record);
        assertEquals(json, ExperimentJson.toJson(ExperimentJson.fromJson(json, BASE)));
    }

    @Test
    void laManneReadsAsDocumented() {
        Map<String, Object> json = ExperimentJson.toJson(SampleRecords.named("la-manne"));
        assertEquals("la-manne", json.get("slug"));
        assertEquals(BASE + "experiments/la-manne", json.get("iri"));
        assertEquals("running", json.get("status"));
        assertEquals(BASE + "territory", json.get("territory"));
        assertEquals(List.of(BASE + "experiments/masques-en-mannes"), json.get("related"));
        assertTrue(((Map<?, ?>) json.get("title")).containsKey("fr"));
        Map<?, ?> actor = (Map<?, ?>) ((List<?>) json.get("actors")).get(0);
        assertEquals("association-1", actor.get("id"));
        Map<?, ?> agent = (Map<?, ?>) actor.get("agent");
        assertTrue(agent.containsKey("iri") && agent.containsKey("name"));
    }

    @Test
    void democraticLifeNarrativeKeepsItsAboutAgent() {
        Map<String, Object> json = ExperimentJson.toJson(SampleRecords.named("concertation-espaces-publics"));
        Map<?, ?> story = ((List<?>) json.get("narratives")).stream().map(Map.class::cast)
                .filter(n -> Boolean.TRUE.equals(n.get("democraticLife"))).findFirst().orElseThrow();
        Map<?, ?> about = (Map<?, ?>) ((List<?>) story.get("about")).get(0);
        assertEquals(BASE + "actors/inhabitants", about.get("iri"));
        assertEquals(List.of("Group", "Agent"), about.get("types"));
    }

    @Test
    void datesTakeTheDatatypeOfTheirForm() {
        ExperimentRecord record = read(Map.of("startDate", "2019", "endDate", "2019-03",
                "milestones", List.of(Map.of("date", "2019-03-01"), Map.of("date", "mars 2019"))));
        Node experiment = record.node();
        assertTrue(record.graph().contains(experiment, RecordTerms.START_DATE, NodeFactory.createLiteralDT("2019", XSDDatatype.XSDgYear)));
        assertTrue(record.graph().contains(experiment, RecordTerms.END_DATE, NodeFactory.createLiteralDT("2019-03", XSDDatatype.XSDgYearMonth)));
        assertTrue(record.graph().contains(uri(record.fragment("milestone-1")), RecordTerms.DATE,
                NodeFactory.createLiteralDT("2019-03-01", XSDDatatype.XSDdate)));
        assertTrue(record.graph().contains(uri(record.fragment("milestone-2")), RecordTerms.DATE,
                NodeFactory.createLiteralDT("mars 2019", XSDDatatype.XSDdate)));
    }

    @Test
    void badDatesAndUnknownConceptsAreLeftForTheShapesToReport() {
        Map<String, Object> json = new LinkedHashMap<>(ExperimentJson.toJson(SampleRecords.named("la-manne")));
        json.put("startDate", "2019/03");
        json.put("status", "en cours");
        json.put("themes", List.of("food-system", "gardening"));
        ExperimentRecord record = ExperimentJson.fromJson(json, BASE);
        assertTrue(record.graph().contains(record.node(), RecordTerms.STATUS, uri(Scheme.STATUSES.iri() + "/en%20cours")));
        assertTrue(record.graph().contains(record.node(), RecordTerms.THEME, Scheme.THEMES.concept("gardening").asNode()));
        Validation validation = TransitionVocabulary.load().validate(record.graph());
        List<String> paths = validation.violations().stream().map(v -> v.field("en")).toList();
        assertTrue(paths.contains("start date") && paths.contains("status") && paths.contains("theme"), paths.toString());
        assertEquals("en cours", ExperimentJson.toJson(record).get("status"));
    }

    @Test
    void conceptsAreAcceptedAsFullIris() {
        ExperimentRecord record = read(Map.of("status", Scheme.STATUSES.concept("idea").getURI()));
        assertEquals("idea", ExperimentJson.toJson(record).get("status"));
    }

    @Test
    void everyUnknownFieldIsReportedByItsPathWithTheKnownFields() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> read(Map.of(
                "colour", "green",
                "means", List.of(Map.of("type", "budget"), Map.of("type", "budget", "cost", 1500)),
                "actors", List.of(Map.of("agent", Map.of("iri", "actors/x", "mail", "x@example.org"))))));
        List<String> errors = e.errors();
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.contains("unknown field 'means[1].cost'; known fields in means[1] are: id, type, description, amount, unit"),
                errors.toString());
        assertTrue(errors.stream().anyMatch(m -> m.startsWith("unknown field 'colour'; known fields are: slug, iri, title")));
        assertTrue(errors.stream().anyMatch(m -> m.startsWith("unknown field 'actors[0].agent.mail'")));
    }

    @Test
    void wrongJsonTypesNameThePathAndWhatWasExpected() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> read(Map.of(
                "title", "La manne",
                "pillars", "citizen-involvement",
                "means", List.of(Map.of("amount", "1500")),
                "narratives", List.of(Map.of("democraticLife", "yes", "text", Map.of("fr", 3))))));
        List<String> errors = e.errors();
        assertTrue(errors.contains("means[0].amount: expected a number, found the text \"1500\""), errors.toString());
        assertTrue(errors.stream().anyMatch(m -> m.startsWith("title: expected an object of texts by language")), errors.toString());
        assertTrue(errors.contains("pillars: expected a list, found the text \"citizen-involvement\""), errors.toString());
        assertTrue(errors.contains("narratives[0].democraticLife: expected true or false, found the text \"yes\""), errors.toString());
        assertTrue(errors.contains("narratives[0].text.fr: expected text, found the number 3"), errors.toString());
    }

    @Test
    void anInvalidSlugIsRefused() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> ExperimentJson.fromJson(Map.of("slug", "Foo Bar"), BASE));
        assertTrue(e.errors().get(0).startsWith("slug: slug 'Foo Bar' is not valid: lowercase letters, digits and hyphens"),
                e.errors().toString());
    }

    @Test
    void aSlugInTheBodyMustMatchTheAddress() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> ExperimentJson.fromJson(Map.of("slug", "other"), "la-manne", BASE));
        assertEquals(List.of("slug: 'other' differs from the experiment's address 'la-manne'"), e.errors());
    }

    @Test
    void bodyWithoutSlugNeedsTheAddress() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> ExperimentJson.fromJson(Map.of("title", Map.of("fr", "Jardins")), BASE));
        assertEquals(List.of("slug: required, e.g. \"la-manne\""), e.errors());
    }

    @Test
    void invalidLanguageTagsIdsAndIrisAreReported() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> read(Map.of(
                "summary", Map.of("français", "Résumé"),
                "territory", "the town hall",
                "effects", List.of(Map.of("id", "effect one"), Map.of("id", "e"), Map.of("id", "e")))));
        assertEquals(List.of(
                "summary.français: 'français' is not a language tag (e.g. fr, en, fr-BE)",
                "territory: 'the town hall' is not an IRI",
                "effects[0].id: 'effect one' is not a valid id: letters, digits, '.', '_', '~' and '-', e.g. \"means-1\"",
                "effects[2].id: 'e' is already the id of another part"), e.errors());
    }

    @Test
    void partsWithoutIdAreNumberedAroundTheIdsGiven() {
        ExperimentRecord record = read(Map.of("lessons", List.of(
                Map.of("kind", "success"), Map.of("id", "lesson-1", "kind", "limit"), Map.of("kind", "limit"))));
        List<Object> ids = new ArrayList<>();
        ((List<?>) ExperimentJson.toJson(record).get("lessons")).forEach(l -> ids.add(((Map<?, ?>) l).get("id")));
        assertEquals(List.of("lesson-1", "lesson-2", "lesson-3"), ids);
        assertTrue(record.graph().contains(uri(record.fragment("lesson-1")), RecordTerms.LESSON_KIND,
                Scheme.LESSON_KINDS.concept("limit").asNode()));
    }

    @Test
    void amountsKeepTheirNumberKind() {
        ExperimentRecord record = read(Map.of("means", List.of(
                Map.of("type", "budget", "amount", 1500, "unit", "EUR"),
                Map.of("type", "budget", "amount", new BigDecimal("12.50")),
                Map.of("type", "budget", "amount", 0.5))));
        List<?> means = (List<?>) ExperimentJson.toJson(record).get("means");
        assertEquals(1500L, ((Map<?, ?>) means.get(0)).get("amount"));
        assertEquals("EUR", ((Map<?, ?>) means.get(0)).get("unit"));
        assertEquals(new BigDecimal("12.50"), ((Map<?, ?>) means.get(1)).get("amount"));
        assertEquals(new BigDecimal("0.5"), ((Map<?, ?>) means.get(2)).get("amount"));
    }

    @Test
    void relativeIrisResolveAgainstTheNodeBase() {
        ExperimentRecord record = read(Map.of("territory", "territory", "inspiredBy", List.of("https://arras.example/experiments/x")));
        assertTrue(record.graph().contains(record.node(), RecordTerms.SPATIAL, uri(BASE + "territory")));
        assertTrue(record.graph().contains(record.node(), RecordTerms.INSPIRED_BY, uri("https://arras.example/experiments/x")));
    }

    @Test
    void sourcesAndCreatorsAreCitationsOrLinks() {
        Map<String, Object> narrative = Map.of("creators", List.of("Valérie Thellier",
                        Map.of("iri", "actors/valerie-thellier", "name", "Valérie Thellier", "types", List.of("Person", "Agent"))),
                "sources", List.of("Référentiel, 2019", Map.of("iri", "https://example.org/doc")));
        ExperimentRecord record = read(Map.of("narratives", List.of(narrative)));
        Map<?, ?> back = (Map<?, ?>) ((List<?>) ExperimentJson.toJson(record).get("narratives")).get(0);
        assertEquals(narrative.get("sources"), back.get("sources"));
        assertEquals(List.of("Valérie Thellier", Map.of("iri", BASE + "actors/valerie-thellier",
                "name", "Valérie Thellier", "types", List.of("Person", "Agent"))), back.get("creators"));
        assertFalse(ExperimentJson.notInJson(record, BASE).iterator().hasNext());
    }

    @Test
    void triplesTheFormDoesNotCoverAreListed() {
        ExperimentRecord manne = SampleRecords.named("la-manne");
        Graph graph = GraphFactory.createDefaultGraph();
        manne.graph().find().forEachRemaining(graph::add);
        graph.add(manne.node(), RecordTerms.COMMENT, NodeFactory.createLiteralLang("hors formulaire", "fr"));
        ExperimentRecord extended = new ExperimentRecord(manne.slug(), manne.iri(), graph);
        assertEquals(1, ExperimentJson.notInJson(extended, BASE).size());
    }

    @Test
    void notAnObjectIsRefused() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> new ExperimentJsonReader(BASE).read(List.of(), "x"));
        assertEquals(List.of("the experiment must be a JSON object, not a list"), e.errors());
    }

    private static ExperimentRecord read(Map<String, Object> json) {
        return ExperimentJson.fromJson(json, "jardins", BASE);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
