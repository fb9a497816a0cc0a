package org.w3id.cailloux.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.cailloux.node.rdf.RdfFormat;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/** Starts a real node (real PostgreSQL, real HTTP on a free port) and asks it what a client would. */
class NodeStartTest {

    private static CaillouxNode node;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "node-start-");
        node = CaillouxNode.builder().port(0).dataDir(dataDir).build().start();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void healthSaysTheNodeAndItsDatabaseAreUp() throws Exception {
        HttpResponse<String> response = get("/health", "application/json");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
        assertTrue(response.body().contains("\"database\":\"UP\""), response.body());
        assertTrue(response.body().contains("\"vocabularyVersion\":\"1.0.0\""), response.body());
        assertTrue(response.body().contains("\"lag\":0"), "every committed change is in the index: " + response.body());
        assertTrue(response.body().contains("\"changeFeed\":{\"subscribers\":"), response.body());
        assertTrue(response.body().contains("\"peers\":[]"), "no peer configured: " + response.body());
    }

    @Test
    void readinessIsHealthAndLivenessSaysTheProcessNeedsNoRestart() throws Exception {
        HttpResponse<String> readiness = get("/health/readiness", "application/json");
        assertEquals(200, readiness.statusCode(), readiness.body());
        assertTrue(readiness.body().contains("\"database\":\"UP\""), readiness.body());
        HttpResponse<String> liveness = get("/health/liveness", "application/json");
        assertEquals(200, liveness.statusCode(), liveness.body());
        assertEquals("{\"status\":\"UP\"}", liveness.body());
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void vocabularyInEveryRdfFormatIsTheWholeVocabulary(RdfFormat format) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(request("/vocabulary", format.mediaType()),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals(format.mediaType(), response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept"));
        Graph served = RDFParser.source(new ByteArrayInputStream(response.body())).lang(format.lang()).toGraph();
        Graph expected = TransitionVocabulary.load().graph();
        assertEquals(expected.size(), served.size());
        assertTrue(IsoMatcher.isomorphic(expected, served), "served graph differs from the vocabulary");
    }

    @Test
    void vocabularyForABrowserIsAnHtmlPageListingSchemesAndConceptsInBothLanguages() throws Exception {
        HttpResponse<String> response = get("/vocabulary", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = response.body();
        assertTrue(html.contains("<html lang=\"fr\""));
        assertTrue(html.contains("Niveaux de participation"), "French scheme label");
        assertTrue(html.contains("Participation levels"), "English scheme label");
        assertTrue(html.contains("Monnaie locale") || html.contains("monnaie locale"), "French concept label");
        assertTrue(html.contains("Local currency") || html.contains("local currency"), "English concept label");
        assertTrue(html.contains("<main id=\"main\">"), "a main landmark");
    }

    @Test
    void anUnacceptableMediaTypeGetsA406Problem() throws Exception {
        HttpResponse<String> response = get("/vocabulary", "image/png");
        assertEquals(406, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(response.body().contains("text/turtle"), "the problem says what is offered: " + response.body());
    }

    @Test
    void anUnknownPathGetsA404ProblemWithoutInternals() throws Exception {
        HttpResponse<String> response = get("/no-such-page", "application/json");
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(response.body().contains("\"status\":404"));
        assertTrue(!response.body().contains("Exception"), response.body());
    }

    @Test
    void theHomePageNamesTheCity() throws Exception {
        HttpResponse<String> response = get("/", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Loos-en-Gohelle"));
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(request(path, accept), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String path, String accept) {
        return HttpRequest.newBuilder(URI.create(node.url() + path)).header("Accept", accept).GET().build();
    }
}
