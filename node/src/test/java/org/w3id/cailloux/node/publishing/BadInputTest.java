package org.w3id.cailloux.node.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.index.QueryIndex;

/**
 * Bad input gets a clear problem+json and changes nothing: the same counts of experiments,
 * revisions and indexed triples afterwards.
 */
class BadInputTest {

    private static TestNode node;
    private static String etagOfExisting;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(Map.of("micronaut.server.max-request-size", "200KB"));
        HttpResponse<String> created = node.send(node.asAdmin("/api/experiments").header("Content-Type", "application/json")
                .POST(TestNode.text(PublishingApiTest.GARDENS)));
        assertEquals(201, created.statusCode(), created.body());
        etagOfExisting = created.headers().firstValue("ETag").orElseThrow();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static Stream<Arguments> badRequests() {
        String json = PublishingApiTest.GARDENS.replace("jardins-partages", "nouvelle");
        return Stream.of(
                bad("malformed JSON", 400, "line 1", n -> n.asAdmin("/api/experiments")
                        .header("Content-Type", "application/json").POST(TestNode.text("{\"slug\": \"x\", \"title\": "))),
                bad("malformed Turtle", 400, "line", n -> n.asAdmin("/api/experiments")
                        .header("Content-Type", "text/turtle").POST(TestNode.text("@prefix cx: <https://w3id.org/cailloux/ns#> .\n<experiments/x> a cx:Experiment ; cx:theme \"unterminated ."))),
                bad("malformed JSON-LD", 400, "JSON-LD", n -> n.asAdmin("/api/experiments")
                        .header("Content-Type", "application/ld+json").POST(TestNode.text("{\"@context\": 5, \"@id\": "))),
                bad("unknown JSON field", 400, "cost", n -> n.asAdmin("/api/experiments")
                        .header("Content-Type", "application/json").POST(TestNode.text(json.replace("\"status\"", "\"cost\": 12, \"status\"")))),
                bad("SHACL violation in French by default", 422, "Le titre en français est obligatoire", n -> n.asAdmin("/api/experiments")
                        .header("Content-Type", "application/json")
                        .POST(TestNode.text(json.replace("\"title\": {\"fr\": \"Jardins partagés\", \"en\": \"Shared gardens\"},", "")))),
                bad("SHACL violation in English on request", 422, "A title in French is required", n -> n.asAdmin("/api/experiments")
                        .header("Content-Type", "application/json").header("Accept-Language", "en-GB,en;q=0.9")
                        .POST(TestNode.text(json.replace("\"title\": {\"fr\": \"Jardins partagés\", \"en\": \"Shared gardens\"},", "")))),
                bad("unknown participation level", 422, "niveau de participation", n -> n.asAdmin("/api/experiments")
                        .header("Content-Type", "application/json")
                        .POST(TestNode.text(json.replace("\"co-construction\"", "\"expert-panel\"")))),
                bad("body over the size limit", 413, "", n -> n.asAdmin("/api/experiments")
                        .header("Content-Type", "text/turtle").POST(TestNode.text("# " + "x".repeat(300_000)))),
                bad("RDF/XML entity-expansion bomb", 400, "RDF/XML", n -> n.asAdmin("/api/experiments")
                        .header("Content-Type", "application/rdf+xml").POST(TestNode.text(XML_BOMB))),
                bad("RDF/XML external entity", 400, "RDF/XML", n -> n.asAdmin("/api/experiments")
                        .header("Content-Type", "application/rdf+xml").POST(TestNode.text(XML_EXTERNAL_ENTITY))),
                bad("Turtle nested 50,000 deep", 400, "nested", n -> n.asAdmin("/api/import")
                        .header("Content-Type", "text/turtle").POST(TestNode.text("<experiments/deep> <https://w3id.org/cailloux/ns#related> "
                                + "(".repeat(50_000) + ")".repeat(50_000) + " ."))),
                bad("JSON-LD with 60,000 nested arrays", 400, "nested", n -> n.asAdmin("/api/import")
                        .header("Content-Type", "application/ld+json").POST(TestNode.text("{\"@id\": \"experiments/deep\", \"https://w3id.org/cailloux/ns#related\": "
                                + "[".repeat(60_000) + "]".repeat(60_000) + "}"))),
                bad("JSON form with 60,000 nested arrays", 400, "nested", n -> n.asAdmin("/api/experiments")
                        .header("Content-Type", "application/json").POST(TestNode.text("{\"slug\": \"deep\", \"pages\": "
                                + "[".repeat(60_000) + "]".repeat(60_000) + "}"))),
                bad("unknown slug", 404, "nothing-here", n -> n.asAdmin("/api/experiments/nothing-here")
                        .header("Content-Type", "application/json").PUT(TestNode.text(json.replace("nouvelle", "nothing-here")))),
                bad("no credentials", 401, "credentials", n -> n.anonymous("/api/experiments")
                        .header("Content-Type", "application/json").POST(TestNode.text(json))),
                bad("wrong password", 401, "not valid", n -> n.anonymous("/api/experiments").header("Authorization", TestNode.basic("admin", "nope"))
                        .header("Content-Type", "application/json").POST(TestNode.text(json))),
                bad("stale ETag", 412, "meanwhile", n -> n.asAdmin("/api/experiments/jardins-partages").header("If-Match", "\"jardins-partages-r0\"")
                        .header("Content-Type", "application/json").PUT(TestNode.text(PublishingApiTest.GARDENS.replace("Jardins", "Potagers")))),
                bad("slug taken", 409, "exists already", n -> n.asAdmin("/api/experiments")
                        .header("Content-Type", "application/json").POST(TestNode.text(PublishingApiTest.GARDENS))),
                bad("unsupported body type", 415, "", n -> n.asAdmin("/api/experiments")
                        .header("Content-Type", "application/pdf").POST(TestNode.text("%PDF"))),
                bad("import with one invalid record", 422, "rien n'a été enregistré", n -> n.asAdmin("/api/import")
                        .header("Content-Type", "text/csv").POST(TestNode.text("""
                                slug,title_fr,summary_fr,status,pillars,themes
                                csv-un,Premier,Un résumé,running,citizen-involvement,culture
                                csv-deux,,Sans titre,running,citizen-involvement,culture
                                """))));
    }

    private static Arguments bad(String name, int status, String detail, Function<TestNode, HttpRequest.Builder> request) {
        return Arguments.of(name, status, detail, request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputGetsAClearProblemAndChangesNothing(String name, int status, String detail,
                                                   Function<TestNode, HttpRequest.Builder> request) throws Exception {
        Map<String, Long> before = counts();
        HttpResponse<String> response = node.send(request.apply(node));
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0], response.body());
        assertTrue(response.body().contains(detail), "the detail says what is wrong: " + response.body());
        assertFalse(response.body().contains("Exception") || response.body().contains("at org."), "no internals: " + response.body());
        assertFalse(response.body().contains("root:"), "no file content leaks: " + response.body());
        assertEquals(before, counts(), "nothing changed");
        assertEquals(etagOfExisting, node.send(node.anonymous("/api/experiments/jardins-partages")).headers().firstValue("ETag").orElse(""));
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>(node.node().context().getBean(ExperimentStore.class).counts());
        QueryIndex index = node.node().context().getBean(QueryIndex.class);
        counts.put("indexed quads", Txn.calculateRead(index.dataset(), () -> index.dataset().stream().count()));
        return counts;
    }

    private static final String XML_BOMB = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/">
              <rdf:Description rdf:about="experiments/bomb"><dct:title>&lol9;</dct:title></rdf:Description>
            </rdf:RDF>
            """;

    private static final String XML_EXTERNAL_ENTITY = """
            <?xml version="1.0"?>
            <!DOCTYPE r [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/">
              <rdf:Description rdf:about="experiments/xxe"><rdf:type rdf:resource="https://w3id.org/cailloux/ns#Experiment"/><dct:title>&secret;</dct:title></rdf:Description>
            </rdf:RDF>
            """;
}
