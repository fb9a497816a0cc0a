package org.w3id.cailloux.node.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;

/** The query index is derived: lost or unreadable, it is rebuilt from PostgreSQL at the next start. */
class IndexRecoveryTest {

    private static final String COUNT = "SELECT (COUNT(?e) AS ?n) WHERE { ?e a <https://w3id.org/cailloux/ns#Experiment> }";

    @Test
    void aLostIndexIsRebuiltFromTheDatabaseWithTheSameAnswers() throws Exception {
        try (TestNode node = TestNode.start(Map.of("cailloux.sample-data", "loos-en-gohelle", "cailloux.base-uri", "https://loos.cailloux.test/"))) {
            String before = count(node);
            assertTrue(before.contains("13"), before);
            node.stop();
            deleteRecursively(node.dataDir().resolve("index").resolve("tdb2"));
            node.start();
            assertEquals(200, node.send(node.anonymous("/health")).statusCode());
            assertEquals(before, count(node));
        }
    }

    private static void deleteRecursively(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static String count(TestNode node) throws Exception {
        return node.send(node.anonymous("/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8))
                .header("Accept", "text/csv")).body();
    }
}
