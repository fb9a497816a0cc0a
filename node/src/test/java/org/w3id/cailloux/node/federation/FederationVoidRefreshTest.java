package org.w3id.cailloux.node.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.peers.Peer;

/** Refreshing a peer's VoID description over real HTTP: conditional on its entity tag, read again only when the peer's data changed. */
class FederationVoidRefreshTest {

    private static TestNode peer;
    private static SourceClient client;
    private static Source source;

    @BeforeAll
    static void start() throws Exception {
        peer = TestNode.start(Map.of("cailloux.sample-data", "loos-en-gohelle"));
        client = peer.node().context().getBean(SourceClient.class);
        source = Source.of(new Peer("loos", URI.create(peer.node().url() + "/"), Peer.Origin.CONFIGURED));
    }

    @AfterAll
    static void stop() {
        peer.close();
    }

    @Test
    void anUnchangedPeerAnswers304AndAChangedOneItsNewDescription() throws Exception {
        SourceClient.VoidFetch first = fetch(null);
        assertNotNull(first.description());
        assertNotNull(first.etag(), "a Cailloux node tags its description");

        SourceClient.VoidFetch unchanged = fetch(first.etag());
        assertNull(unchanged.description(), "not modified: nothing to read again");
        assertEquals(first.etag(), unchanged.etag());

        HttpResponse<String> created = peer.send(peer.asAdmin("/api/experiments").header("Content-Type", "application/json")
                .POST(TestNode.text("""
                        {"slug": "nouvelle", "title": {"fr": "Une nouvelle expérimentation"}, "summary": {"fr": "Pour changer les données."},
                         "status": "idea", "pillars": ["citizen-involvement"], "themes": ["culture"]}""")));
        assertEquals(201, created.statusCode(), created.body());

        SourceClient.VoidFetch changed = fetch(first.etag());
        assertNotNull(changed.description(), "the data changed: the description is sent again");
        assertNotEquals(first.etag(), changed.etag());
        assertTrue(triples(changed.description()) > triples(first.description()));
    }

    private static SourceClient.VoidFetch fetch(String etag) {
        return client.voidDescription(source, Deadline.after(Duration.ofSeconds(10)), etag).join();
    }

    private static long triples(Graph description) {
        return description.find(Node.ANY, VOID.triples.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).mapToLong(o -> Long.parseLong(o.getLiteralLexicalForm())).max().orElseThrow();
    }
}
