package org.w3id.cailloux.node.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.browser.Browser;

/**
 * A staff member of Loos-en-Gohelle, in a real headless Chromium: signs in, creates an experiment with mistakes,
 * reads the messages next to the fields, fixes them, saves a draft, publishes, finds it on its public page and in
 * the network search of another city's node (Grande-Synthe, which has Loos as a peer), reads the history, deletes
 * the experiment and restores it, restores revision 1, imports a CSV with one bad row and reads the report. Every
 * page visited is saved under {@code target/screenshots/staff-*.png}.
 */
class StaffPagesBrowserTest {

    private static final String SLUG = "jardins-partages-du-marais";

    private static final String TITLE = "Jardins partagés du quartier du Marais";

    private TestNode node;
    private TestNode synthe;
    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        // The browser first: without Chromium the test is skipped (or fails) before a node is started
        browser = Browser.start().implicitWait(Duration.ofSeconds(10));
        node = TestNode.start(Map.of("cailloux.sample-data", "loos-en-gohelle"));
        // Another city of the network, whose researchers search Loos's experiments through their own node
        synthe = TestNode.start(Map.of("cailloux.city", "Grande-Synthe",
                "cailloux.peers.loos-en-gohelle.url", node.node().url().toString()));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (synthe != null) {
            synthe.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aStaffMemberPublishesFindsItOnTheNetworkDeletesRestoresAndImports() throws Exception {
        ChromeDriver web = browser.driver();

        // Sign in, once with a wrong password
        web.get(node.uri("/staff").toString());
        assertTrue(web.getCurrentUrl().contains("/staff/sign-in?next="), web.getCurrentUrl());
        browser.screenshot("staff-01-sign-in", 1200);
        signIn(web, "not-the-password");
        assertTrue(text(web, "#sign-in-error").contains("incorrect"));
        browser.screenshot("staff-02-sign-in-error", 1200);
        signIn(web, TestNode.ADMIN_PASSWORD);
        assertTrue(web.getCurrentUrl().endsWith("/staff"), web.getCurrentUrl());
        assertTrue(web.findElement(By.id("row-la-manne")).getText().contains("publiée"));
        browser.screenshot("staff-03-list", 700);

        // Search the list
        web.findElement(By.id("q")).sendKeys("monnaie");
        web.findElement(By.cssSelector("form[role=search] button")).click();
        browser.waiting(30).until(ExpectedConditions.urlContains("q=monnaie"));
        assertFalse(web.findElements(By.id("row-la-manne")).isEmpty());

        // A new experiment, with mistakes: no French title, an end date that does not exist
        web.findElement(By.linkText("Espace agents")).click();
        web.findElement(By.linkText("Nouvelle expérimentation")).click();
        assertEquals(List.of(), unlabelledInputs(), "every input of the form has a label");
        browser.screenshot("staff-04-form-new", 3000);
        type(web, "f-slug", SLUG);
        type(web, "f-title-en", "Shared gardens of the marsh");
        type(web, "f-summary-fr", "Des jardins cultivés ensemble par les habitants du quartier du Marais.");
        type(web, "f-startDate", "2018");
        type(web, "f-endDate", "2019-13-45");
        click(web, "f-status-completed");
        click(web, "f-pillars-citizen-involvement");
        click(web, "f-themes-food-system");
        click(web, "f-participationLevel-co-construction");
        // A repeating part: one means engaged
        web.findElement(By.cssSelector("button[value='add:means']")).click();
        new Select(web.findElement(By.id("f-means-0-type"))).selectByValue("budget");
        type(web, "f-means-0-description-fr", "Graines, outils et clôtures");
        type(web, "f-means-0-amount", "1500");
        type(web, "f-means-0-unit", "EUR");
        // A link to another experiment, found by searching
        type(web, "f-lookup", "monnaie locale");
        Browser.submitAndWait(web, web.findElement(By.id("lookup-button")));
        Browser.submitAndWait(web, web.findElement(By.cssSelector("button[value^='link:inspiredBy:']")));
        assertTrue(web.findElement(By.id("f-inspiredBy")).getAttribute("value").endsWith("/experiments/la-manne"));
        Browser.submitAndWait(web, web.findElement(By.cssSelector("button[value='draft']")));

        // The messages, next to the fields they concern, and listed at the top
        assertTrue(text(web, "#error-summary").contains("Rien n'a été enregistré"));
        assertTrue(text(web, "#f-title-fr-error").contains("Le titre en français est obligatoire."));
        assertTrue(text(web, "#f-endDate-error").contains("La date de fin est une seule date valide"));
        assertTrue(web.findElement(By.id("f-endDate")).getAttribute("aria-describedby").contains("f-endDate-error"));
        assertEquals("true", web.findElement(By.id("f-title-fr")).getAttribute("aria-invalid"));
        assertEquals("Graines, outils et clôtures", web.findElement(By.id("f-means-0-description-fr")).getAttribute("value"),
                "what was typed is kept");
        assertEquals(404, node.send(node.asAdmin("/api/experiments/" + SLUG)).statusCode(), "nothing saved");
        browser.screenshot("staff-05-form-errors", 1200);

        // Fixed, saved as a draft: not public yet, not on the network
        type(web, "f-title-fr", "Jardins partagés du Marais");
        type(web, "f-endDate", "2019-10");
        Browser.submitAndWait(web, web.findElement(By.cssSelector("button[value='draft']")));
        assertTrue(text(web, "#saved-notice").contains("Brouillon enregistré"));
        browser.screenshot("staff-06-draft-saved", 1200);
        assertEquals(404, node.send(node.anonymous("/api/experiments/" + SLUG)).statusCode(), "a draft is not public");
        assertEquals(List.of(), networkSearch("Marais"), "a draft is not on the network");

        // Edited and published: found on the public API and page, and by another city's network search
        web.get(node.uri("/staff/experiments/" + SLUG + "/edit").toString());
        type(web, "f-title-fr", TITLE);
        Browser.submitAndWait(web, web.findElement(By.cssSelector("button[value='publish']")));
        assertTrue(text(web, "#saved-notice").contains("publiée"));
        HttpResponse<String> published = node.send(node.anonymous("/api/experiments/" + SLUG).header("Accept", "application/json"));
        assertEquals(200, published.statusCode());
        assertTrue(published.body().contains(TITLE), published.body());
        assertTrue(published.body().contains("/experiments/la-manne"), published.body());
        web.get(node.uri("/experiments/" + SLUG).toString());
        assertTrue(text(web, "#title").startsWith(TITLE), text(web, "#title"));
        browser.screenshot("staff-07-public-page", 2000);
        assertEquals(List.of(TITLE + " — Loos-en-Gohelle"), networkSearch("Marais"),
                "Grande-Synthe's search finds the new experiment and names its city");
        browser.screenshot("staff-08-network-search", 1200);

        // History: what changed in words
        web.get(node.uri("/staff/experiments/" + SLUG + "/revisions").toString());
        assertTrue(text(web, "#revision-2").contains(
                "titre (fr) : « Jardins partagés du Marais » → « " + TITLE + " »"), text(web, "#revision-2"));
        browser.screenshot("staff-09-revisions", 1600);

        // Deleted, after a warning: gone from the public page and the network, still in the staff list
        web.get(node.uri("/staff/experiments/" + SLUG + "/edit").toString());
        web.findElement(By.id("delete-link")).click();
        assertTrue(text(web, "#delete-warning").contains("Rien n'est effacé"), text(web, "#delete-warning"));
        browser.screenshot("staff-10-delete-confirm", 1200);
        Browser.submitAndWait(web, web.findElement(By.id("confirm-delete")));
        assertTrue(text(web, "#deleted-notice").contains("supprimée"), text(web, "#deleted-notice"));
        assertTrue(text(web, "#revision-3").contains("expérimentation supprimée"), text(web, "#revision-3"));
        assertEquals(404, node.send(node.anonymous("/experiments/" + SLUG).header("Accept", "text/html")).statusCode());
        assertEquals(List.of(), networkSearch("Marais"), "a deleted experiment leaves the network");
        web.get(node.uri("/staff").toString());
        WebElement row = web.findElement(By.id("row-" + SLUG));
        assertTrue(row.getText().contains(TITLE) && row.getText().contains("supprimée"), row.getText());
        browser.script("arguments[0].scrollIntoView()", row);
        browser.screenshot("staff-11-list-deleted");

        // Restored from its history: public again
        row.findElement(By.partialLinkText("Historique")).click();
        Browser.submitAndWait(web, web.findElement(By.xpath("//button[normalize-space()='Rétablir la révision 2']")));
        assertTrue(text(web, "#restored-notice").contains("révision 2"));
        assertTrue(text(web, "#revision-4").contains("rétablie"), text(web, "#revision-4"));
        browser.screenshot("staff-12-restored-after-delete", 1600);
        assertEquals(200, node.send(node.anonymous("/experiments/" + SLUG).header("Accept", "text/html")).statusCode());

        // Revision 1, the draft, restored: no longer public
        Browser.submitAndWait(web, web.findElement(By.xpath("//button[normalize-space()='Rétablir la révision 1']")));
        assertTrue(text(web, "#restored-notice").contains("révision 1"));
        assertTrue(text(web, "#revision-5").contains("titre (fr) : « " + TITLE + " » → « Jardins partagés du Marais »"),
                text(web, "#revision-5"));
        assertEquals(404, node.send(node.anonymous("/api/experiments/" + SLUG)).statusCode(), "revision 1 was a draft");

        // Import: one bad row, and nothing is saved
        Path csv = Files.createTempFile(Path.of("target"), "import-", ".csv");
        Files.writeString(csv, """
                slug,title_fr,summary_fr,status,pillars,themes
                repair-cafe,Repair café,Un atelier où l'on répare ensemble,running,citizen-involvement,social-action
                sans-titre,,Une ligne sans titre,running,citizen-involvement,food-system
                """, StandardCharsets.UTF_8);
        web.get(node.uri("/staff/import").toString());
        browser.screenshot("staff-13-import", 1200);
        web.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        Browser.submitAndWait(web, web.findElement(By.cssSelector("form[action='/staff/import'] button[type=submit]")));
        String report = text(web, "#import-report");
        assertTrue(text(web, "#import-error").contains("rien n'a été enregistré"), text(web, "#import-error"));
        assertTrue(report.contains("sans-titre") && report.contains("refusée") && report.contains("Le titre en français est obligatoire."), report);
        assertTrue(report.contains("repair-cafe") && report.contains("valide (non enregistrée)"), report);
        assertEquals(404, node.send(node.asAdmin("/api/experiments/repair-cafe")).statusCode(), "all or nothing");
        browser.screenshot("staff-14-import-report", 1400);

        // On a phone: no sideways scrolling
        browser.width(375);
        web.get(node.uri("/staff/experiments/" + SLUG + "/edit").toString());
        long overflow = ((Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        assertTrue(overflow <= 0, "the form scrolls sideways by " + overflow + " px at 375 px wide");
        browser.screenshot("staff-15-form-phone", 1400);
        browser.width(Browser.WIDTH);

        // Sign out
        Browser.submitAndWait(web, web.findElement(By.xpath("//button[normalize-space()='Se déconnecter']")));
        assertTrue(web.getCurrentUrl().contains("/staff/sign-in"), web.getCurrentUrl());
        web.get(node.uri("/staff").toString());
        assertTrue(web.getCurrentUrl().contains("/staff/sign-in"), "signed out: the list needs signing in again");
    }

    /**
     * Searches Grande-Synthe's network search page for {@code keyword}, as a researcher there would, and returns
     * each result as "title — city". Fails if a city did not answer: its experiments would be missing.
     */
    private List<String> networkSearch(String keyword) {
        ChromeDriver web = browser.driver();
        web.get(synthe.uri("/search").toString());
        WebElement q = web.findElement(By.id("q"));
        q.sendKeys(keyword, Keys.ENTER);
        browser.waiting(30).until(driver -> Browser.gone(q));
        browser.waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));
        // Read by script: an absent element would make a lookup wait the whole implicit wait
        assertEquals("", browser.script("return document.getElementById('unanswered')?.textContent ?? ''"),
                "every city answered");
        if (text(web, "#result-count").equals("0")) {
            return List.of();
        }
        return web.findElements(By.cssSelector("li.hit")).stream()
                .map(hit -> hit.findElement(By.cssSelector("h3")).getText() + " — " + hit.findElement(By.cssSelector(".city-name")).getText())
                .toList();
    }

    private static void signIn(ChromeDriver web, String password) {
        type(web, "username", "admin");
        type(web, "password", password);
        Browser.submitAndWait(web, web.findElement(By.cssSelector("form[action='/staff/sign-in'] button[type=submit]")));
    }

    private static void type(ChromeDriver web, String id, String text) {
        WebElement field = web.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void click(ChromeDriver web, String id) {
        web.findElement(By.id(id)).click();
    }

    private static String text(ChromeDriver web, String css) {
        return web.findElement(By.cssSelector(css)).getText();
    }

    @SuppressWarnings("unchecked")
    private List<String> unlabelledInputs() {
        return (List<String>) browser.script("""
                return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                    .filter(e => e.labels.length === 0).map(e => e.name || e.id);""");
    }
}
