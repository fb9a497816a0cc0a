package org.w3id.cailloux.node.publishing.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.vocabulary.SampleData;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

class RecordExtractorTest {

    private static final String BASE = SampleRecords.BASE;
    private final RecordExtractor extractor = new RecordExtractor(BASE);

    @Test
    void sampleDataGivesThirteenRecordsAndLeavesTheTerritoryAndNetworkApart() {
        Extraction extraction = extractor.extract(SampleData.loosEnGohelle(BASE));
        assertEquals(13, extraction.records().size());
        assertEquals(Set.of("<https://loos.example/territory>",
                        "<https://w3id.org/cailloux/network/fabrique-des-transitions>"),
                extraction.restSubjects());
    }

    @Test
    void sampleRecordsConformToTheShapes() {
        TransitionVocabulary vocabulary = TransitionVocabulary.load();
        for (ExperimentRecord record : SampleRecords.all()) {
            assertTrue(vocabulary.validate(record.graph()).conforms(), record.slug());
        }
    }

    @Test
    void aRecordHoldsItsFragmentsAndTheTypeAndNameOfItsAgents() {
        ExperimentRecord manne = SampleRecords.named("la-manne");
        Node gardins = NodeFactory.createURI(BASE + "actors/les-anges-gardins");
        assertEquals(BASE + "experiments/la-manne", manne.iri());
        assertTrue(manne.graph().contains(gardins, RecordTerms.NAME, NodeFactory.createLiteralString("Les Anges Gardins")));
        assertTrue(manne.graph().contains(gardins, RecordTerms.TYPE, RecordTerms.ORG_ORGANIZATION));
        manne.graph().find().forEachRemaining(t -> assertTrue(
                t.getSubject().getURI().startsWith(manne.iri()) || t.getSubject().getURI().startsWith(BASE + "actors/"),
                t::toString));
    }

    @Test
    void democraticLifeNarrativeCarriesTheAgentItIsAbout() {
        ExperimentRecord record = SampleRecords.named("concertation-espaces-publics");
        Node inhabitants = NodeFactory.createURI(BASE + "actors/inhabitants");
        assertTrue(record.graph().contains(inhabitants, RecordTerms.NAME, Node.ANY));
    }

    @Test
    void blankNodesBecomeReadableFragmentsNamedByTheirProperty() {
        Graph document = SampleRecords.turtle(SampleRecords.PREFIXES + """
                <experiments/jardins> a cx:Experiment ;
                    cx:meansEngaged <experiments/jardins#means-1> ,
                        [ a cx:MeansEngaged ; dct:description "Temps bénévole"@fr ] ,
                        [ a cx:MeansEngaged ; dct:description "Budget"@fr ] ;
                    cx:effect [ a cx:Effect ; dct:description "Confiance"@fr ] ;
                    prov:qualifiedAssociation [ prov:agent <actors/x> ] .
                <experiments/jardins#means-1> a cx:MeansEngaged ; dct:description "Outils"@fr .
                """);
        ExperimentRecord record = extractor.extract(document).single();
        Graph graph = record.graph();
        assertFalse(graph.find().toList().stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()));
        assertTrue(graph.contains(uri(record.fragment("means-1")), RecordTerms.DESCRIPTION, Node.ANY));
        assertTrue(graph.contains(uri(record.fragment("means-2")), RecordTerms.DESCRIPTION, lang("Budget")));
        assertTrue(graph.contains(uri(record.fragment("means-3")), RecordTerms.DESCRIPTION, lang("Temps bénévole")));
        assertTrue(graph.contains(uri(record.fragment("effect-1")), RecordTerms.DESCRIPTION, lang("Confiance")));
        assertTrue(graph.contains(uri(record.fragment("association-1")), RecordTerms.AGENT, uri(BASE + "actors/x")));
    }

    @Test
    void blankNodeNamesAreStableAcrossParses() {
        String text = SampleRecords.PREFIXES + """
                <experiments/jardins> a cx:Experiment ;
                    cx:lesson [ dct:description "b"@fr ] , [ dct:description "a"@fr ] , [ dct:description "c"@fr ] .
                """;
        String first = RecordCodec.encode(extractor.extract(SampleRecords.turtle(text)).single());
        String second = RecordCodec.encode(extractor.extract(SampleRecords.turtle(text)).single());
        assertEquals(first, second);
        assertTrue(first.contains("<https://loos.example/experiments/jardins#lesson-1> "
                + "<http://purl.org/dc/terms/description> \"a\"@fr"), first);
    }

    @Test
    void aDocumentWithoutExperimentIsRefused() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> extractor.extract(
                SampleRecords.turtle(SampleRecords.PREFIXES + "<territory> a cx:Territory .")));
        assertTrue(e.errors().get(0).startsWith("the document contains no cx:Experiment"), e.errors().toString());
    }

    @Test
    void anExperimentOutsideTheBaseIsRefused() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> extractor.extract(
                SampleRecords.turtle(SampleRecords.PREFIXES + "<https://other.example/experiments/x> a cx:Experiment .")));
        assertEquals(List.of("experiment <https://other.example/experiments/x> is not under this node's base "
                + "<https://loos.example/experiments/>"), e.errors());
    }

    @Test
    void anInvalidSlugIsRefusedWithWhatASlugLooksLike() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> extractor.extract(
                SampleRecords.turtle(SampleRecords.PREFIXES + "<experiments/Foo%20Bar> a cx:Experiment .")));
        assertTrue(e.errors().get(0).startsWith("slug 'Foo%20Bar' is not valid: lowercase letters, digits and hyphens"),
                e.errors().toString());
    }

    @Test
    void anExperimentWithoutIriIsRefused() {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> extractor.extract(
                SampleRecords.turtle(SampleRecords.PREFIXES + "[] a cx:Experiment .")));
        assertTrue(e.errors().get(0).startsWith("an experiment has no IRI"), e.errors().toString());
    }

    @Test
    void anImportWithThreeExperimentsAndATerritoryGivesThreeRecordsAndTheTerritoryApart() {
        Graph document = SampleRecords.turtle(SampleRecords.PREFIXES + """
                <territory> a cx:Territory ; schema:name "Loos-en-Gohelle" .
                <experiments/a> a cx:Experiment ; dct:spatial <territory> ; cx:lesson [ dct:description "x"@fr ] .
                <experiments/b> a cx:Experiment ; dct:spatial <territory> .
                <experiments/c> a cx:Experiment ; dct:spatial <territory> ;
                    prov:qualifiedAssociation [ prov:agent <actors/p> ] .
                <actors/p> a foaf:Person ; foaf:name "P" ; foaf:mbox <mailto:p@example.org> .
                """);
        Extraction extraction = extractor.extract(document);
        assertEquals(List.of("a", "b", "c"), extraction.records().stream().map(ExperimentRecord::slug).toList());
        assertEquals(Set.of("<https://loos.example/territory>", "<https://loos.example/actors/p>"),
                extraction.restSubjects());
        assertEquals(3, extraction.rest().size(), "the territory's two triples and the agent's mailbox");
        InvalidRecordException e = assertThrows(InvalidRecordException.class, extraction::requireNothingElse);
        assertTrue(e.errors().contains("triples about <https://loos.example/territory> belong to no experiment"));
        InvalidRecordException single = assertThrows(InvalidRecordException.class, extraction::single);
        assertTrue(single.errors().get(0).startsWith("the document contains 3 experiments"));
    }

    @Test
    void triplesAboutAFragmentOfAnUnknownExperimentBelongToNone() {
        Graph document = SampleRecords.turtle(SampleRecords.PREFIXES + """
                <experiments/a> a cx:Experiment .
                <experiments/ghost#means-1> dct:description "x"@fr .
                """);
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> extractor.extract(document).single());
        assertEquals(List.of("triples about <https://loos.example/experiments/ghost#means-1> belong to no experiment"),
                e.errors());
    }

    @Test
    void aBlankNodeSharedByTwoExperimentsIsRefused() {
        Graph document = SampleRecords.turtle(SampleRecords.PREFIXES + """
                _:shared a cx:Effect .
                <experiments/a> a cx:Experiment ; cx:effect _:shared .
                <experiments/b> a cx:Experiment ; cx:effect _:shared .
                """);
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> extractor.extract(document));
        assertTrue(e.errors().get(0).startsWith("a blank node is shared by"), e.errors().toString());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node lang(String text) {
        return NodeFactory.createLiteralLang(text, "fr");
    }
}
