package org.w3id.cailloux.node.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;

/** An index that grew is compacted on the writer's thread once it is idle, and answers as an index never compacted does, restart included. */
class IndexCompactionTest {

    private static final String BASE = "https://loos.cailloux.test/";
    private static final String THEMES = """
            PREFIX cx: <https://w3id.org/cailloux/ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?e ?label WHERE { ?e a cx:Experiment ; cx:theme ?t . ?t skos:prefLabel ?label FILTER(lang(?label) = "fr") }
            ORDER BY ?e ?label""";

    @Test
    void aCompactedIndexGivesTheSameAnswers() throws Exception {
        Map<String, Object> settings = Map.of("cailloux.sample-data", "loos-en-gohelle", "cailloux.base-uri", BASE);
        String expected;
        try (TestNode plain = TestNode.start(settings)) {
            expected = answer(plain);
        }
        try (TestNode compacting = TestNode.start(Map.of("cailloux.sample-data", "loos-en-gohelle", "cailloux.base-uri", BASE,
                "cailloux.index.compaction-threshold-bytes", 1))) {
            assertTrue(expected.lines().count() > 13, "the sample experiments and their themes: " + expected);
            assertEquals(expected, answer(compacting));
            Path tdb = compacting.dataDir().resolve("index").resolve("tdb2");
            // Compaction waits until the writer has been idle for a while
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (generations(tdb).contains("Data-0001") && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            List<String> generations = generations(tdb);
            assertFalse(generations.contains("Data-0001"), "the first generation was compacted away: " + generations);
            assertEquals(1, generations.size(), "only the current generation is kept: " + generations);
            assertEquals(expected, answer(compacting), "after the compaction");
            compacting.stop();
            compacting.start();
            assertEquals(expected, answer(compacting), "after a restart on the compacted index");
        }
    }

    private static List<String> generations(Path tdb) throws Exception {
        try (Stream<Path> entries = Files.list(tdb)) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("Data-")).sorted().toList();
        }
    }

    private static String answer(TestNode node) throws Exception {
        return node.send(node.anonymous("/sparql?query=" + URLEncoder.encode(THEMES, StandardCharsets.UTF_8))
                .header("Accept", "text/csv")).body();
    }
}
