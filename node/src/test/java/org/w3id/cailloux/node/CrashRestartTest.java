package org.w3id.cailloux.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A node killed with {@code kill -9} comes back at the first start on the same data folder: its embedded PostgreSQL,
 * which outlives the JVM (its parent becomes PID 1) and keeps {@code postmaster.pid}, is stopped and its data kept.
 */
class CrashRestartTest {

    private static final Map<String, String> SAMPLE = Map.of("CAILLOUX_SAMPLE_DATA", "loos-en-gohelle");
    private static final String COUNT = "SELECT (COUNT(?e) AS ?n) { ?e a <https://w3id.org/cailloux/ns#Experiment> }";

    @Test
    void aNodeKilledWithItsDatabaseLeftRunningRestartsAtTheFirstTryWithItsData() throws Exception {
        Path dataDir;
        String before;
        EnvironmentNode first = EnvironmentNode.start(SAMPLE);
        try {
            dataDir = first.dataDir;
            before = count(first);
            first.kill();
        } finally {
            first.close();
        }
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        assertTrue(Files.exists(pidFile), "the killed node's PostgreSQL left its pid file");
        long orphan = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "and still runs, as pid " + orphan);

        try (EnvironmentNode second = EnvironmentNode.restart(dataDir, SAMPLE)) {
            HttpResponse<String> health = second.get("/health", "application/json", false);
            assertEquals(200, health.statusCode(), health.body());
            assertEquals(before, count(second), "the same experiments after the crash");
            assertTrue(ProcessHandle.of(orphan).map(p -> !p.isAlive()).orElse(true), "the orphan was stopped");
            assertTrue(second.output().contains("left running"), second.output());
        }
    }

    private static String count(EnvironmentNode node) throws Exception {
        HttpResponse<String> answer = node.get("/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8), "text/csv", false);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body().strip();
    }
}
