package org.w3id.cailloux.node.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.publishing.PublishingApiTestData;

/**
 * A backup made from a running node, restored into a new node with the same public base: the same experiments,
 * revisions, accounts and answers; a restore into a node that holds data, or of a file that is not a backup, stops
 * that node's start with a message and changes nothing.
 */
class BackupRestoreTest {

    private static final String BASE = "http://ville-restauree.example.org/";
    private static final List<String> QUERIES = List.of(
            "SELECT (COUNT(?e) AS ?n) { ?e a <https://w3id.org/cailloux/ns#Experiment> }",
            "SELECT ?e ?t { ?e <http://purl.org/dc/terms/title> ?t } ORDER BY ?e ?t");

    @Test
    void aNodeRestoredFromItsBackupGivesTheSameAnswers() throws Exception {
        Path file;
        Map<String, String> before;
        try (TestNode original = TestNode.start(Map.of("cailloux.sample-data", "loos-en-gohelle", "cailloux.base-uri", BASE))) {
            assertEquals(201, original.send(original.asAdmin("/api/staff").header("Content-Type", "application/json")
                    .POST(TestNode.text("{\"username\": \"redactrice\", \"password\": \"un-mot-de-passe-assez-long\", \"role\": \"editor\"}")))
                    .statusCode());
            HttpResponse<String> created = original.send(original.asAdmin("/api/experiments").header("Content-Type", "application/json")
                    .POST(TestNode.text(PublishingApiTestData.GARDENS)));
            assertEquals(201, created.statusCode(), created.body());
            assertEquals(200, original.send(original.asAdmin("/api/experiments/jardins-partages").header("Content-Type", "application/json")
                    .header("If-Match", created.headers().firstValue("ETag").orElseThrow())
                    .PUT(TestNode.text(PublishingApiTestData.GARDENS.replace("Jardins partagés", "Jardins partagés du centre")))).statusCode());
            before = answers(original);

            assertEquals(401, original.send(original.anonymous("/api/admin/backup")).statusCode(), "only an admin");
            HttpResponse<byte[]> backup = original.sendBytes(original.asAdmin("/api/admin/backup"));
            assertEquals(200, backup.statusCode());
            assertEquals("application/zip", backup.headers().firstValue("Content-Type").orElse(""));
            assertTrue(backup.headers().firstValue("Content-Disposition").orElse("").contains(".zip"), backup.headers().toString());
            file = Files.createTempFile(Path.of("target"), "backup-", ".zip");
            Files.write(file, backup.body());
            assertTrue(Files.list(original.dataDir().resolve("backups")).findAny().isEmpty(), "no copy left in the data folder");
        }

        try (TestNode restored = TestNode.start(Map.of("cailloux.base-uri", BASE, "cailloux.restore-from", file.toString()))) {
            assertEquals(before, answers(restored));
            HttpResponse<String> staff = restored.send(restored.anonymous("/api/experiments/jardins-partages/revisions")
                    .header("Authorization", TestNode.basic("redactrice", "un-mot-de-passe-assez-long")));
            assertEquals(200, staff.statusCode(), "the account came back with its password: " + staff.body());
            HttpResponse<String> next = restored.send(restored.asAdmin("/api/experiments").header("Content-Type", "application/json")
                    .POST(TestNode.text(PublishingApiTestData.GARDENS.replace("jardins-partages", "apres-restauration"))));
            assertEquals(201, next.statusCode(), "the restored node writes on: " + next.body());
        }

        try (TestNode busy = TestNode.start(Map.of("cailloux.sample-data", "loos-en-gohelle"))) {
            busy.stop();
            Map<String, Object> again = Map.of("cailloux.sample-data", "loos-en-gohelle", "cailloux.restore-from", file.toString());
            Exception refused = assertThrows(Exception.class, () -> restartWith(busy, again));
            assertTrue(messages(refused).contains("already holds data"), messages(refused));
        }
        Path notABackup = Files.writeString(Files.createTempFile(Path.of("target"), "not-a-backup-", ".zip"), "hello");
        Exception refused = assertThrows(Exception.class, () -> TestNode.start(Map.of("cailloux.restore-from", notABackup.toString())));
        assertTrue(messages(refused).contains("not a Cailloux backup"), messages(refused));
    }

    private static void restartWith(TestNode node, Map<String, Object> properties) throws Exception {
        try (TestNode ignored = TestNode.startOn(node.dataDir(), properties)) {
            throw new AssertionError("the node started");
        }
    }

    private static Map<String, String> answers(TestNode node) throws Exception {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        answers.put("list", node.send(node.anonymous("/api/experiments?size=100")).body());
        answers.put("revisions", node.send(node.anonymous("/api/experiments/jardins-partages/revisions")).body());
        for (String query : QUERIES) {
            answers.put(query, node.send(node.anonymous("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                    .header("Accept", "text/csv")).body());
        }
        return answers;
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
