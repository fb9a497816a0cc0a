package org.w3id.cailloux.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;

/**
 * Nodes that accept only short queries still give all their rows: the federating node cuts a data request
 * longer than {@code cailloux.federation.max-request-length} into several that fit, where one request a node
 * would be refused ({@code cailloux.sparql.max-query-length}) and the node left out of the answer.
 */
class LongRequestsTest {

    /** The longest query the nodes accept here, and the longest request the federating node sends. */
    private static final int LIMIT = 600;

    private final SparqlHttp http = new SparqlHttp(Duration.ofSeconds(30));

    @Test
    void requestsLongerThanTheNodesAcceptAreCutAndTheAnswerIsWhole() {
        Case union = Case.load(Case.ROOT.resolve("union-keyword-territories-and-citizen-led-experiments"));
        Network network = union.start(Network.builder()
                .nodeProperty("cailloux.sparql.max-query-length", LIMIT)
                .federatorProperty("cailloux.federation.max-request-length", LIMIT));
        try {
            Query query = union.query(network);
            SparqlHttp.Response response = http.post(network.federation(), query);
            assertEquals(200, response.status(), response::text);
            String header = network.generalise(response.header(SourcesHeader.NAME));
            Map<String, Map<String, String>> sources = SourcesHeader.parse(response.header(SourcesHeader.NAME));
            assertTrue(sources.values().stream().noneMatch(p -> "failed".equals(p.get("status"))), header);
            assertTrue(sources.values().stream().anyMatch(p -> Integer.parseInt(p.getOrDefault("data", "0")) >= 2),
                    "a node got its stars in more than one request: " + header);
            assertTrue(response.answer(query).sameAs(network.oracle().answer(query), false), "every city's rows");
        } finally {
            network.close();
        }
    }
}
