package org.w3id.cailloux.node.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.publishing.PublishingApiTestData;

/** {@code GET /federation/changes}: the node's token at once, a new one when an experiment is published, a heartbeat each second. */
class ChangeFeedTest {

    /** One Server-Sent Event: its name and data. */
    private record Event(String name, String data) {}

    @Test
    void theFeedGivesTheTokenAtOnceANewOneOnEveryChangeAndAHeartbeat() throws Exception {
        try (TestNode node = TestNode.start(Map.of()); HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Stream<String>> response = client.send(node.anonymous("/federation/changes")
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            BlockingQueue<Event> events = new LinkedBlockingQueue<>();
            Thread.ofVirtual().start(() -> read(response.body(), events));

            Event first = next(events);
            assertEquals("alive", first.name());
            Event heartbeat = next(events);
            assertEquals(new Event("alive", first.data()), heartbeat, "nothing changed: the same token");

            HttpResponse<String> created = node.send(node.asAdmin("/api/experiments").header("Content-Type", "application/json")
                    .POST(TestNode.text(PublishingApiTestData.GARDENS)));
            assertEquals(201, created.statusCode(), created.body());
            Event change = next(events);
            while (change.name().equals("alive") && change.data().equals(first.data())) {
                change = next(events); // a heartbeat sent before the change
            }
            assertEquals("change", change.name());
            assertNotEquals(first.data(), change.data());
            assertEquals(new Event("alive", change.data()), next(events), "the new token from then on");
            response.body().close();
        }
    }

    private static Event next(BlockingQueue<Event> events) throws InterruptedException {
        Event event = events.poll(5, TimeUnit.SECONDS);
        assertNotNull(event, "an event within 5 s");
        return event;
    }

    private static void read(Stream<String> lines, BlockingQueue<Event> events) {
        String[] name = {null};
        lines.forEach(line -> {
            if (line.startsWith("event:")) {
                name[0] = line.substring("event:".length()).strip();
            } else if (line.startsWith("data:")) {
                events.add(new Event(name[0], line.substring("data:".length()).strip()));
            }
        });
    }
}
