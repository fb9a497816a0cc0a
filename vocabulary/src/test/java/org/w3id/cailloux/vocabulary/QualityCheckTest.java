package org.w3id.cailloux.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cailloux.vocabulary.quality.JavaConstantsCheck;
import org.w3id.cailloux.vocabulary.quality.QualityCheck;
import org.w3id.cailloux.vocabulary.quality.QualityChecks;
import org.w3id.cailloux.vocabulary.quality.QualityIssue;

class QualityCheckTest {

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
        String resource = "/broken-vocabulary/" + id + ".ttl";
        String expectedFocus;
        Graph broken = copyOfVocabulary();
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertTrue(in != null, "no broken vocabulary for check " + id + " at " + resource);
            byte[] bytes = in.readAllBytes();
            expectedFocus = new String(bytes).lines().findFirst().orElseThrow().replace("# expect: ", "");
            RDFParser.fromString(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), Lang.TURTLE).parse(broken);
        }
        List<QualityIssue> issues = checks.byId(id).run(broken);
        assertTrue(issues.stream().anyMatch(i -> i.focus().equals(expectedFocus)),
                () -> id + " did not report " + expectedFocus + "; it reported " + issues);
        assertTrue(issues.stream().allMatch(i -> i.checkId().equals(id) && !i.detail().isBlank()));
    }

    @Test
    void javaConstantsCheckCatchesATermRemovedFromTheTurtle() {
        Graph broken = copyOfVocabulary();
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
        Graph broken = copyOfVocabulary();
        broken.add(NodeFactory.createURI(Scheme.NS + "water"),
                org.apache.jena.vocabulary.RDF.type.asNode(), org.apache.jena.vocabulary.SKOS.ConceptScheme.asNode());
        List<QualityIssue> issues = new JavaConstantsCheck().run(broken);
        assertEquals(List.of(Scheme.NS + "water"), issues.stream().map(QualityIssue::focus).toList());
    }

    private static Graph copyOfVocabulary() {
        Graph copy = GraphFactory.createDefaultGraph();
        vocabulary.graph().find().forEachRemaining(copy::add);
        return copy;
    }

    /** A constants class with one constant more than the Turtle defines. */
    public static final class ConstantsWithExtraTerm {
        public static final Property waterUse = ResourceFactory.createProperty(CX.NS, "waterUse");
    }
}
