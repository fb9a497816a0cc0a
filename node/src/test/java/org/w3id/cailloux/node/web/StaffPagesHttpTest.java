package org.w3id.cailloux.node.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cailloux.node.TestNode;

/** The staff pages over plain HTTP: sessions, CSRF refusals, the form's round trip, deletion and restore, without a browser. */
class StaffPagesHttpTest {

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
    void staffPagesRedirectToSignInWithoutASession() throws Exception {
        StaffClient anonymous = new StaffClient(node);
        for (String path : new String[] {"/staff", "/staff/experiments/new", "/staff/import", "/staff/experiments/x/revisions"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertEquals(303, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElse("").startsWith("/staff/sign-in?next="), path);
        }
        HttpResponse<String> signIn = anonymous.get("/staff/sign-in");
        assertEquals(200, signIn.statusCode());
        assertTrue(signIn.body().contains("<label for=\"username\">"), signIn.body());
        HttpResponse<String> css = anonymous.get("/static/cailloux.css");
        assertEquals(200, css.statusCode(), css.body());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"), css.headers().toString());
    }

    @Test
    void aWrongPasswordShowsAnErrorAndOpensNoSession() throws Exception {
        StaffClient client = new StaffClient(node);
        HttpResponse<String> response = client.signIn("admin", "not-the-password");
        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("Nom d'utilisateur ou mot de passe incorrect"), response.body());
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(StaffSessions.COOKIE + "=")));
        assertNull(client.cookie(StaffSessions.COOKIE));
        assertEquals(303, client.get("/staff").statusCode());
    }

    @Test
    void signingInSetsAnHttpOnlyLaxCookieAndSigningOutEndsTheSession() throws Exception {
        StaffClient client = new StaffClient(node);
        HttpResponse<String> signedIn = client.signIn("admin", TestNode.ADMIN_PASSWORD);
        assertEquals(303, signedIn.statusCode());
        assertEquals("/staff", signedIn.headers().firstValue("Location").orElse(""));
        String setCookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(StaffSessions.COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        String session = client.cookie(StaffSessions.COOKIE);
        assertEquals(200, client.get("/staff").statusCode());

        HttpResponse<String> out = client.postForm("/staff/sign-out", Map.of("csrf", client.sessionCsrf()));
        assertEquals(303, out.statusCode());
        StaffClient stale = new StaffClient(node);
        stale.setCookie(StaffSessions.COOKIE, session);
        assertEquals(303, stale.get("/staff").statusCode(), "the old session cookie must no longer work");
    }

    @Test
    void theSignInFormItselfNeedsItsToken() throws Exception {
        StaffClient client = new StaffClient(node);
        HttpResponse<String> response = client.postForm("/staff/sign-in",
                Map.of("username", "admin", "password", TestNode.ADMIN_PASSWORD, "csrf", "forged"));
        assertEquals(403, response.statusCode());
        assertNull(client.cookie(StaffSessions.COOKIE));
    }

    @Test
    void aPostWithoutOrWithAWrongCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        StaffClient client = new StaffClient(node);
        client.signIn("admin", TestNode.ADMIN_PASSWORD);
        Map<String, String> fields = StaffClient.gardens("sans-jeton");
        fields.put("_action", "publish");
        HttpResponse<String> without = client.postForm("/staff/experiments/new", fields);
        assertEquals(403, without.statusCode());
        assertTrue(without.body().contains("Envoi refusé"), without.body());
        fields.put("csrf", "wrong-token");
        assertEquals(403, client.postForm("/staff/experiments/new", fields).statusCode());
        assertEquals(404, node.send(node.asAdmin("/api/experiments/sans-jeton")).statusCode());
        assertEquals(403, client.postForm("/staff/sign-out", Map.of()).statusCode());
        assertEquals(200, client.get("/staff").statusCode(), "a refused sign-out leaves the session open");
    }

    @Test
    void theFormShowsMessagesNextToFieldsThenSavesAndPublishes() throws Exception {
        StaffClient client = new StaffClient(node);
        client.signIn("admin", TestNode.ADMIN_PASSWORD);
        String csrf = client.sessionCsrf();
        Map<String, String> wrong = new LinkedHashMap<>(StaffClient.gardens("jardins-http"));
        wrong.remove("title.fr");
        wrong.put("endDate", "2019-13-45");
        wrong.put("means[0].amount", "beaucoup");
        wrong.put("csrf", csrf);
        wrong.put("_action", "draft");
        HttpResponse<String> refused = client.postForm("/staff/experiments/new", wrong);
        assertEquals(422, refused.statusCode());
        String page = refused.body();
        assertTrue(page.contains("id=\"error-summary\""), page);
        assertTrue(page.contains("id=\"f-title-fr-error\""), "the title's message is next to it");
        assertTrue(page.contains("Le titre en français est obligatoire."), page);
        assertTrue(page.contains("id=\"f-endDate-error\""), "the end date's message is next to it");
        assertTrue(page.contains("La date de fin est une seule date valide"), page);
        assertTrue(page.contains("id=\"f-means-0-amount-error\""), "the amount's message is next to it");
        assertTrue(page.contains("aria-describedby=\"f-endDate-hint f-endDate-error\""), page);
        assertEquals(404, node.send(node.asAdmin("/api/experiments/jardins-http")).statusCode(), "nothing saved");

        Map<String, String> right = new LinkedHashMap<>(StaffClient.gardens("jardins-http"));
        right.put("csrf", csrf);
        right.put("_action", "publish");
        HttpResponse<String> saved = client.postForm("/staff/experiments/new", right);
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals("/staff/experiments/jardins-http/edit?saved=published", saved.headers().firstValue("Location").orElse(""));
        HttpResponse<String> api = node.send(node.anonymous("/api/experiments/jardins-http").header("Accept", "application/json"));
        assertEquals(200, api.statusCode());
        assertTrue(api.body().contains("\"Première récolte\""), api.body());
        assertTrue(api.body().contains("\"amount\":1500"), api.body());
        HttpResponse<String> edit = client.get("/staff/experiments/jardins-http/edit?saved=published");
        assertEquals(200, edit.statusCode());
        assertTrue(edit.body().contains("value=\"Jardins partagés\""), edit.body());
        assertNotNull(StaffClient.csrf(edit.body()));
    }

    @Test
    void aValidCsvImportIsSavedAndReportedAndAnImportNeedsTheToken() throws Exception {
        StaffClient client = new StaffClient(node);
        client.signIn("admin", TestNode.ADMIN_PASSWORD);
        String csv = """
                slug,title_fr,summary_fr,status,pillars,themes
                atelier-velo,Atelier vélo,Un atelier où l'on répare ses vélos ensemble,running,citizen-involvement,mobility
                """;
        HttpResponse<String> refused = client.postFile("/staff/import", Map.of("state", "draft"), "file", "a.csv", csv);
        assertEquals(403, refused.statusCode());
        assertEquals(404, node.send(node.asAdmin("/api/experiments/atelier-velo")).statusCode());

        HttpResponse<String> imported = client.postFile("/staff/import", Map.of("csrf", client.sessionCsrf(), "state", "draft"),
                "file", "ateliers.csv", csv);
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains("id=\"import-success\""), imported.body());
        assertTrue(imported.body().contains("créée, révision 1, brouillon"), imported.body());
        HttpResponse<String> draft = node.send(node.asAdmin("/api/experiments/atelier-velo"));
        assertEquals(200, draft.statusCode());
        assertEquals("draft", draft.headers().firstValue("Cailloux-State").orElse(""));
    }

    @Test
    void deletingAsksToConfirmThenTakesTheExperimentOffThePublicPageUntilItIsRestored() throws Exception {
        StaffClient client = new StaffClient(node);
        client.signIn("admin", TestNode.ADMIN_PASSWORD);
        Map<String, String> fields = new LinkedHashMap<>(StaffClient.gardens("jardins-a-supprimer"));
        fields.put("csrf", client.sessionCsrf());
        fields.put("_action", "publish");
        assertEquals(303, client.postForm("/staff/experiments/new", fields).statusCode());
        assertEquals(200, publicPage("jardins-a-supprimer"));

        String edit = client.get("/staff/experiments/jardins-a-supprimer/edit").body();
        assertTrue(edit.contains("href=\"/staff/experiments/jardins-a-supprimer/delete\""), "the edit page leads to deletion");
        HttpResponse<String> confirm = client.get("/staff/experiments/jardins-a-supprimer/delete");
        assertEquals(200, confirm.statusCode());
        assertTrue(confirm.body().contains("Rien n'est effacé"), confirm.body());
        assertTrue(confirm.body().contains("name=\"etag\" value=\"&quot;jardins-a-supprimer-r1&quot;\""), confirm.body());
        assertEquals(200, publicPage("jardins-a-supprimer"), "the confirmation page deletes nothing");

        assertEquals(403, client.postForm("/staff/experiments/jardins-a-supprimer/delete",
                Map.of("etag", "\"jardins-a-supprimer-r1\"")).statusCode(), "no CSRF token, no deletion");
        assertEquals(200, publicPage("jardins-a-supprimer"));

        HttpResponse<String> deleted = client.postForm("/staff/experiments/jardins-a-supprimer/delete",
                Map.of("csrf", StaffClient.csrf(confirm.body()), "etag", "\"jardins-a-supprimer-r1\""));
        assertEquals(303, deleted.statusCode(), deleted.body());
        assertEquals("/staff/experiments/jardins-a-supprimer/revisions?deleted=true", deleted.headers().firstValue("Location").orElse(""));
        assertEquals(404, publicPage("jardins-a-supprimer"));
        assertEquals(410, node.send(node.anonymous("/api/experiments/jardins-a-supprimer")).statusCode());
        assertFalse(inIndex("jardins-a-supprimer"), "the experiment left the query index");
        String history = client.get("/staff/experiments/jardins-a-supprimer/revisions?deleted=true").body();
        assertTrue(history.contains("id=\"deleted-notice\""), history);
        assertTrue(history.contains("Historique de « <span>Jardins partagés</span> »"), "the history keeps the title it had");
        assertTrue(history.contains("expérimentation supprimée"), history);
        assertTrue(history.contains("Rétablir la révision 1"), history);
        String list = client.get("/staff").body();
        assertTrue(list.contains("id=\"row-jardins-a-supprimer\""), "a deleted experiment stays in the staff list");
        assertTrue(list.contains("/staff/experiments/jardins-a-supprimer/revisions\">Historique et rétablir"), list);
        assertEquals(303, client.get("/staff/experiments/jardins-a-supprimer/delete").statusCode(), "deleted already: to its history");

        HttpResponse<String> restored = client.postForm("/staff/experiments/jardins-a-supprimer/revisions/1/restore",
                Map.of("csrf", StaffClient.csrf(history)));
        assertEquals(303, restored.statusCode());
        assertEquals(200, publicPage("jardins-a-supprimer"));
        assertTrue(inIndex("jardins-a-supprimer"));
        HttpResponse<String> api = node.send(node.anonymous("/api/experiments/jardins-a-supprimer").header("Accept", "application/json"));
        assertEquals("published", api.headers().firstValue("Cailloux-State").orElse(""));
        assertEquals("3", api.headers().firstValue("Cailloux-Revision").orElse(""), "created, deleted, restored");
        assertTrue(client.get("/staff/experiments/jardins-a-supprimer/revisions").body().contains("rétablie après sa suppression"));
    }

    @Test
    void aDeletionOfAnOutdatedVersionIsRefusedAndDeletesNothing() throws Exception {
        StaffClient client = new StaffClient(node);
        client.signIn("admin", TestNode.ADMIN_PASSWORD);
        Map<String, String> fields = new LinkedHashMap<>(StaffClient.gardens("jardins-modifies"));
        fields.put("csrf", client.sessionCsrf());
        fields.put("_action", "publish");
        assertEquals(303, client.postForm("/staff/experiments/new", fields).statusCode());
        String confirm = client.get("/staff/experiments/jardins-modifies/delete").body();
        fields.put("title.fr", "Jardins partagés, modifiés entre-temps");
        assertEquals(303, client.postForm("/staff/experiments/jardins-modifies/edit", fields).statusCode());

        HttpResponse<String> refused = client.postForm("/staff/experiments/jardins-modifies/delete",
                Map.of("csrf", StaffClient.csrf(confirm), "etag", "\"jardins-modifies-r1\""));
        assertEquals(412, refused.statusCode());
        assertTrue(refused.body().contains("été supprimé. Relisez la version actuelle"), refused.body());
        assertTrue(refused.body().contains("révision <span>2</span>"), "the page shows the current version");
        assertEquals(200, publicPage("jardins-modifies"));
    }

    private static int publicPage(String slug) throws Exception {
        return node.send(node.anonymous("/experiments/" + slug).header("Accept", "text/html")).statusCode();
    }

    /** Whether the node's SPARQL endpoint holds the experiment's graph. */
    private static boolean inIndex(String slug) throws Exception {
        String query = "ASK { GRAPH <" + node.node().url() + "/experiments/" + slug + "> { ?s ?p ?o } }";
        HttpResponse<String> answer = node.send(node.anonymous("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .header("Accept", "application/sparql-results+json"));
        assertEquals(200, answer.statusCode(), answer.body());
        return Pattern.compile("\"boolean\"\\s*:\\s*true").matcher(answer.body()).find();
    }

    @Test
    void anUnknownExperimentIsAnHtmlNotFoundPage() throws Exception {
        StaffClient client = new StaffClient(node);
        client.signIn("admin", TestNode.ADMIN_PASSWORD);
        HttpResponse<String> response = client.get("/staff/experiments/nulle-part/edit");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains("Introuvable"), response.body());
        assertEquals(404, client.get("/staff/experiments/nulle-part/revisions").statusCode());
    }
}
