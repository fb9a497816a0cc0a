package org.w3id.cailloux.node.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;

/** A page whose template fails answers 500 at once, without a stack trace, instead of leaving the browser waiting. */
class PageRenderingErrorTest {

    private static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(Map.of("cailloux.test.broken-page", "true"));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aTemplateErrorIsAnsweredWith500() throws Exception {
        HttpResponse<String> response = node.send(HttpRequest.newBuilder(node.uri("/test-only/broken-page")).GET());
        assertEquals(500, response.statusCode());
        assertFalse(response.body().contains("at org.thymeleaf"), "no stack trace: " + response.body());
        assertEquals(200, node.send(HttpRequest.newBuilder(node.uri("/")).GET()).statusCode(), "the other pages still render");
    }
}
