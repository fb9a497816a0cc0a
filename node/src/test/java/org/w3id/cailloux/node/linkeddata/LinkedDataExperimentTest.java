package org.w3id.cailloux.node.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.cailloux.node.rdf.RdfFormat;
import org.w3id.cailloux.vocabulary.Scheme;
import org.w3id.cailloux.vocabulary.TransitionVocabulary;

/** An experiment's IRI, dereferenced by browsers and RDF clients over real HTTP. */
class LinkedDataExperimentTest {

    private static final String BASE = LinkedDataNode.BASE;
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    /** A sample experiment deliberately left out of the index, as a draft would be. */
    private static final String UNPUBLISHED = "visites-apprenantes";
    /** A record written for these tests: milestones out of date order, and a link to another city's experiment. */
    private static final String MILESTONES = "etapes-dans-le-desordre";
    private static final String OTHER_CITY_EXPERIMENT = "https://data.autre-ville.test/experiments/monnaie";

    private static Map<Node, Graph> records;
    private static LinkedDataNode node;

    @BeforeAll
    static void start() throws Exception {
        records = new LinkedHashMap<>(SampleRecords.of(BASE));
        records.remove(NodeFactory.createURI(BASE + "experiments/" + UNPUBLISHED));
        records.put(NodeFactory.createURI(BASE + "experiments/" + MILESTONES), milestonesRecord());
        node = LinkedDataNode.start(records);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void eachRdfFormatIsTheExperimentsNamedGraph(RdfFormat format) throws Exception {
        HttpResponse<byte[]> response = node.getBytes("/experiments/la-manne", format.mediaType());
        assertEquals(200, response.statusCode());
        assertEquals(format.mediaType(), LinkedDataNode.mediaType(response));
        assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept"));
        Graph served = parse(response.body(), format.lang());
        Graph expected = records.get(NodeFactory.createURI(BASE + "experiments/la-manne"));
        assertEquals(expected.size(), served.size());
        assertTrue(IsoMatcher.isomorphic(expected, served), "served graph differs from the named graph");
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void eachDownloadLinkGivesTheSameGraphWhateverTheBrowserAccepts(RdfFormat format) throws Exception {
        HttpResponse<byte[]> response = node.getBytes("/experiments/la-manne." + RdfDocuments.extension(format), BROWSER);
        assertEquals(200, response.statusCode());
        assertEquals(format.mediaType(), LinkedDataNode.mediaType(response));
        Graph expected = records.get(NodeFactory.createURI(BASE + "experiments/la-manne"));
        assertTrue(IsoMatcher.isomorphic(expected, parse(response.body(), format.lang())));
    }

    @Test
    void fragmentIrisAreDescribedInTheExperimentsDocument() throws Exception {
        Graph served = parse(node.getBytes("/experiments/la-manne", "text/turtle").body(), Lang.TURTLE);
        Node means = NodeFactory.createURI(BASE + "experiments/la-manne#means-1");
        assertTrue(served.contains(means, Node.ANY, Node.ANY), "the document describes #means-1");
    }

    @Test
    void aClientThatAcceptsAnythingGetsThePageLabelledHtml() throws Exception {
        for (String path : List.of("/experiments/la-manne", "/territory", "/vocabulary")) {
            HttpResponse<String> response = node.get(path, "*/*");
            assertEquals(200, response.statusCode(), path);
            assertEquals("text/html", LinkedDataNode.mediaType(response), path);
            assertTrue(response.body().startsWith("<!DOCTYPE html>"), path);
        }
    }

    @Test
    void browsersGetAFrenchPageWithTitleNarrativeAndConceptLabels() throws Exception {
        HttpResponse<String> response = node.get("/experiments/la-manne", BROWSER);
        assertEquals(200, response.statusCode());
        assertEquals("text/html", LinkedDataNode.mediaType(response));
        assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept"));
        String html = response.body();
        Graph record = records.get(NodeFactory.createURI(BASE + "experiments/la-manne"));
        assertTrue(html.contains("<html lang=\"fr\""));
        assertTrue(html.contains("<main id=\"main\""), "a main landmark");
        assertTrue(html.contains(escaped(literal(record, BASE + "experiments/la-manne", "http://purl.org/dc/terms/title", "fr"))),
                "the French title");
        assertTrue(html.contains(escaped(literal(record, BASE + "experiments/la-manne#narrative-1", "http://schema.org/text", "fr"))),
                "the narrative, quoted as told");
        Graph vocabulary = TransitionVocabulary.load().graph();
        String currency = Scheme.DEVICES.concept("local-currency").getURI();
        assertTrue(html.contains(escaped(literal(vocabulary, currency, SKOS.prefLabel.getURI(), "fr"))),
                "the device's French label from the vocabulary");
        assertTrue(html.contains(escaped(literal(vocabulary, currency, SKOS.prefLabel.getURI(), "en"))),
                "the device's English label, too");
        assertTrue(html.contains("lang=\"en\""), "English passages say so");
    }

    @Test
    void thePageOffersEveryRdfFormatForDownloadUnderThePublicBase() throws Exception {
        String html = node.get("/experiments/la-manne", BROWSER).body();
        for (RdfFormat format : RdfFormat.values()) {
            assertTrue(html.contains("href=\"" + BASE + "experiments/la-manne." + RdfDocuments.extension(format) + "\""),
                    "a download link for " + format);
        }
        assertFalse(html.contains("localhost"), "no link to the URL the node happens to listen on");
    }

    @Test
    void milestonesAreATimelineInDateOrder() throws Exception {
        String html = node.get("/experiments/" + MILESTONES, BROWSER).body();
        int first = html.indexOf("datetime=\"2003\"");
        int second = html.indexOf("datetime=\"2011-06\"");
        int third = html.indexOf("datetime=\"2019-12-05\"");
        assertTrue(first > 0 && first < second && second < third, "milestones sorted by date");
        assertTrue(html.contains("juin 2011"), "dates read in French");
    }

    @Test
    void thePageLinksTheExperimentThatInspiredIt() throws Exception {
        String html = node.get("/experiments/" + MILESTONES, BROWSER).body();
        assertTrue(html.contains("href=\"" + OTHER_CITY_EXPERIMENT + "\""));
    }

    @Test
    void thePageLinksRelatedExperimentsOfTheNodeByTheirTitle() throws Exception {
        String html = node.get("/experiments/la-manne", BROWSER).body();
        String related = BASE + "experiments/masques-en-mannes";
        String title = literal(records.get(NodeFactory.createURI(related)), related, "http://purl.org/dc/terms/title", "fr");
        assertTrue(html.contains("<a href=\"" + related + "\">" + escaped(title) + "</a>"), "a link titled " + title);
    }

    @Test
    void anUnknownSlugIsA404Problem() throws Exception {
        assertNotFoundProblem(node.get("/experiments/no-such-experiment", "text/turtle"));
    }

    @Test
    void anExperimentMissingFromTheIndexIsA404Problem() throws Exception {
        assertNotFoundProblem(node.get("/experiments/" + UNPUBLISHED, "application/ld+json"));
        assertNotFoundProblem(node.get("/experiments/" + UNPUBLISHED + ".ttl", "*/*"));
    }

    @Test
    void browsersGetA404PageForAnUnknownSlug() throws Exception {
        HttpResponse<String> response = node.get("/experiments/" + UNPUBLISHED, BROWSER);
        assertEquals(404, response.statusCode());
        assertEquals("text/html", LinkedDataNode.mediaType(response));
        assertTrue(response.body().contains(UNPUBLISHED));
    }

    @Test
    void anUnacceptableMediaTypeIsA406Problem() throws Exception {
        HttpResponse<String> response = node.get("/experiments/la-manne", "image/png");
        assertEquals(406, response.statusCode());
        assertEquals("application/problem+json", LinkedDataNode.mediaType(response));
    }

    @Test
    void theIndexOfExperimentsListsEveryPublishedOneAndOnlyThose() throws Exception {
        HttpResponse<String> response = node.get("/experiments", "application/json");
        assertEquals(200, response.statusCode());
        long published = records.keySet().stream().filter(n -> n.getURI().startsWith(BASE + "experiments/")).count();
        String body = response.body();
        assertEquals(published, body.split("\"iri\"", -1).length - 1, body);
        assertTrue(body.contains(BASE + "experiments/la-manne"));
        assertFalse(body.contains(UNPUBLISHED));
        String html = node.get("/experiments", BROWSER).body();
        assertTrue(html.contains("href=\"" + BASE + "experiments/la-manne\""));
    }

    private static void assertNotFoundProblem(HttpResponse<String> response) {
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", LinkedDataNode.mediaType(response));
        assertTrue(response.body().contains("\"type\":\"https://w3id.org/cailloux/problems/experiment-not-found\""), response.body());
    }

    private static Graph milestonesRecord() {
        String e = BASE + "experiments/" + MILESTONES;
        String ttl = """
                @prefix cx: <https://w3id.org/cailloux/ns#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix adms: <http://www.w3.org/ns/adms#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <%1$s> a cx:Experiment ;
                    dct:title "Des étapes dans le désordre"@fr ;
                    dct:abstract "Un enregistrement dont les étapes ne sont pas écrites dans l’ordre."@fr ;
                    adms:status <https://w3id.org/cailloux/scheme/statuses/running> ;
                    dct:spatial <%2$sterritory> ;
                    cx:inspiredBy <%3$s> ;
                    cx:milestone <%1$s#milestone-1> , <%1$s#milestone-2> , <%1$s#milestone-3> .
                <%1$s#milestone-1> a cx:Milestone ; dct:title "La dernière"@fr ; dct:date "2019-12-05"^^xsd:date .
                <%1$s#milestone-2> a cx:Milestone ; dct:title "La première"@fr ; dct:date "2003"^^xsd:gYear .
                <%1$s#milestone-3> a cx:Milestone ; dct:title "Celle du milieu"@fr ; dct:date "2011-06"^^xsd:gYearMonth .
                """.formatted(e, BASE, OTHER_CITY_EXPERIMENT);
        return RDFParser.fromString(ttl, Lang.TURTLE).toGraph();
    }

    private static Graph parse(byte[] body, Lang lang) {
        return RDFParser.source(new ByteArrayInputStream(body)).lang(lang).toGraph();
    }

    private static String literal(Graph graph, String subject, String predicate, String lang) {
        List<Node> objects = graph.find(NodeFactory.createURI(subject), NodeFactory.createURI(predicate), Node.ANY)
                .mapWith(t -> t.getObject())
                .filterKeep(o -> o.isLiteral() && o.getLiteralLanguage().equals(lang))
                .toList();
        assertFalse(objects.isEmpty(), "the test data has a " + lang + " " + predicate + " for " + subject);
        return objects.get(0).getLiteralLexicalForm();
    }

    /** As Thymeleaf writes text into HTML. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
