package org.w3id.cailloux.node.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;

/** Admins create editors; editors publish but cannot manage staff; passwords are stored as slow hashes. */
class StaffAccountsTest {

    private static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(Map.of());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void anAdminCreatesAnEditorWhoCanPublishButNotManageStaff() throws Exception {
        HttpResponse<String> created = node.send(node.asAdmin("/api/staff").header("Content-Type", "application/json")
                .POST(TestNode.text("{\"username\": \"agent.voirie\", \"password\": \"une-phrase-assez-longue\", \"role\": \"editor\"}")));
        assertEquals(201, created.statusCode(), created.body());

        String editor = TestNode.basic("agent.voirie", "une-phrase-assez-longue");
        HttpResponse<String> published = node.send(node.anonymous("/api/experiments").header("Authorization", editor)
                .header("Content-Type", "application/json")
                .POST(TestNode.text(org.w3id.cailloux.node.publishing.PublishingApiTestData.GARDENS)));
        assertEquals(201, published.statusCode(), published.body());
        HttpResponse<String> revisions = node.send(node.anonymous("/api/experiments/jardins-partages/revisions"));
        assertTrue(revisions.body().contains("\"author\":\"agent.voirie\""), revisions.body());

        HttpResponse<String> refused = node.send(node.anonymous("/api/staff").header("Authorization", editor)
                .header("Content-Type", "application/json")
                .POST(TestNode.text("{\"username\": \"intrus\", \"password\": \"une-autre-phrase-longue\", \"role\": \"admin\"}")));
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("admin"), refused.body());
    }

    @Test
    void aShortPasswordIsRefusedWithAReason() throws Exception {
        HttpResponse<String> refused = node.send(node.asAdmin("/api/staff").header("Content-Type", "application/json")
                .POST(TestNode.text("{\"username\": \"court\", \"password\": \"abc\"}")));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("at least 12 characters"), refused.body());
    }

    @Test
    void passwordsAreStoredAsSlowHashesNeverInClear() {
        StaffUser admin = node.node().context().getBean(StaffUserRepository.class).findById("admin").orElseThrow();
        assertTrue(admin.passwordHash().startsWith("pbkdf2-sha256$600000$"), admin.passwordHash());
        assertTrue(!admin.passwordHash().contains(TestNode.ADMIN_PASSWORD));
        assertTrue(PasswordHasher.matches(TestNode.ADMIN_PASSWORD, admin.passwordHash()));
    }
}
