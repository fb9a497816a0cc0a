package org.w3id.cailloux.node.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.browser.Browser;

/**
 * In a real headless Chromium, on a hub with Loos-en-Gohelle's sample data: a city agent proposes a concept with a
 * mistake, reads the message next to the field, fixes it; a coordinator finds it in the queue, reads its checks and
 * accepts it with the keyboard, releases a version and reads its changes and the concept's page with its usage; a
 * deprecation released, the agent applies the replacement from the vocabulary update page. Every form control has a
 * label. Pages are saved under {@code target/screenshots/curation-*.png}.
 */
class CurationBrowserTest {

    private TestNode node;
    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        browser = Browser.start().implicitWait(Duration.ofSeconds(10));
        node = TestNode.start(Map.of("cailloux.vocabulary.hub", "true", "cailloux.sample-data", "loos-en-gohelle"));
        Hub.account(node, "agent", "editor");
        Hub.account(node, "cora", "coordinator");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void anAgentProposesACoordinatorAcceptsAndReleasesAndTheAgentMigrates() throws Exception {
        ChromeDriver web = browser.driver();
        signIn(web, "agent");

        web.get(node.uri("/staff/proposals/new").toString());
        assertLabelled(web);
        new org.openqa.selenium.support.ui.Select(web.findElement(By.id("f-scheme"))).selectByValue("themes");
        type(web, "f-slug", "gestion-de-l-eau");
        type(web, "f-prefLabel-fr", "gestion de l'eau");
        type(web, "f-definition-fr", "Préserver la ressource en eau du territoire avec ses habitants.");
        type(web, "f-definition-en", "Keeping the territory's water with its inhabitants.");
        type(web, "f-rationale", "Trois villes du réseau en ont fait un axe.");
        Browser.submitAndWait(web, web.findElement(By.cssSelector("form[action='/staff/proposals'] button.primary")));
        assertTrue(text(web, "#error-summary").contains("prefLabel.en"), page(web));
        assertTrue(text(web, "#f-prefLabel-en-error").contains("anglais"), page(web));
        browser.screenshot("curation-01-form-error", 1400);
        type(web, "f-prefLabel-en", "water management");
        Browser.submitAndWait(web, web.findElement(By.cssSelector("form[action='/staff/proposals'] button.primary")));
        assertTrue(text(web, "#made-notice").contains("enregistrée"), page(web));
        assertTrue(text(web, "#candidate").contains("https://w3id.org/cailloux/scheme/themes/gestion-de-l-eau"), page(web));
        assertTrue(text(web, "#insertions").contains("themes:gestion-de-l-eau skos:prefLabel \"gestion de l'eau\"@fr"), page(web));
        browser.screenshot("curation-02-proposal-made", 1400);
        signOut(web);

        signIn(web, "cora");
        web.get(node.uri("/vocabulary/proposals?state=submitted").toString());
        assertLabelled(web);
        WebElement row = web.findElement(By.cssSelector("#proposals tbody tr"));
        assertTrue(row.getText().contains("gestion de l'eau") && row.getText().contains("agent"), row.getText());
        browser.screenshot("curation-03-queue", 900);
        row.findElement(By.tagName("a")).click();
        assertTrue(text(web, "#acceptable").contains("peut être accepté"), page(web));
        assertTrue(text(web, "#insertions").contains("gestion de l'eau"), page(web));
        assertLabelled(web);
        browser.screenshot("curation-04-review", 2400);
        // Decide with the keyboard: focus the "accept" radio, select it with the space bar, submit with Enter
        WebElement accept = web.findElement(By.id("decision-accept"));
        accept.sendKeys(Keys.SPACE);
        assertTrue(accept.isSelected());
        WebElement reason = web.findElement(By.id("decision-reason"));
        reason.sendKeys("Bien documenté.");
        WebElement decide = web.findElement(By.cssSelector("#decide button[type=submit]"));
        decide.sendKeys(Keys.ENTER);
        new WebDriverWait(web, Duration.ofSeconds(30)).until(d -> Browser.gone(decide));
        assertEquals("acceptée", text(web, "#state"));

        web.get(node.uri("/vocabulary/releases").toString());
        assertLabelled(web);
        type(web, "note", "La gestion de l'eau entre au vocabulaire.");
        Browser.submitAndWait(web, web.findElement(By.cssSelector("#release-form button")));
        assertTrue(web.getCurrentUrl().endsWith("/vocabulary/versions/1.1.0"), web.getCurrentUrl());
        assertTrue(web.findElement(By.tagName("main")).getText().contains("Concepts ajoutés (1)"));
        browser.screenshot("curation-05-release", 1200);
        web.findElement(By.linkText("gestion de l'eau")).click();
        assertTrue(text(web, "#usage").contains("0 expérimentation"), page(web));
        assertTrue(text(web, "#history").contains("1.1.0"), page(web));
        browser.screenshot("curation-06-concept", 1200);

        // A deprecation of a device Loos-en-Gohelle's data uses, released (through the API, as scripts do)
        String devices = "https://w3id.org/cailloux/scheme/devices/";
        Hub hub = new Hub(node);
        long id = hub.propose("agent", "{\"kind\": \"deprecate\", \"concept\": \"" + devices + "festive-gatherings\", \"replacedBy\": [\""
                + devices + "storytelling-events\"], \"rationale\": \"Un seul dispositif.\"}");
        hub.decide("cora", id, "accepted", null);
        assertEquals(201, hub.post("cora", "/vocabulary/releases", "{}").statusCode());
        web.get(node.uri("/vocabulary/scheme/devices/festive-gatherings").toString());
        assertTrue(text(web, "#deprecated").contains("obsolète"), page(web));
        assertTrue(text(web, "#usage-total").matches("[1-9][0-9]*"), "Loos's experiments use it: " + page(web));
        signOut(web);

        signIn(web, "agent");
        web.get(node.uri("/staff/vocabulary").toString());
        assertTrue(text(web, "#version").contains("1.2.0"), page(web));
        assertLabelled(web);
        browser.screenshot("curation-07-update", 1600);
        List<WebElement> buttons = web.findElements(By.cssSelector("#concept-festive-gatherings .uses button"));
        assertTrue(!buttons.isEmpty());
        int before = buttons.size();
        Browser.submitAndWait(web, buttons.get(0));
        assertTrue(text(web, "#applied-notice").contains("1 révision"), page(web));
        List<WebElement> left = web.findElements(By.cssSelector("#concept-festive-gatherings .uses button"));
        assertEquals(before - 1, left.size());
    }

    /** Every input, select and textarea of the page has a label that names it (or is hidden). */
    private static void assertLabelled(ChromeDriver web) {
        Object unlabelled = ((org.openqa.selenium.JavascriptExecutor) web).executeScript(
                "return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
                        + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.name || e.id);");
        assertEquals(List.of(), unlabelled, "form controls without a label on " + web.getCurrentUrl());
    }

    private void signIn(ChromeDriver web, String user) {
        web.get(node.uri("/staff/sign-in").toString());
        type(web, "username", user);
        WebElement password = web.findElement(By.id("password"));
        password.sendKeys(Hub.PASSWORD);
        password.sendKeys(Keys.ENTER);
        new WebDriverWait(web, Duration.ofSeconds(30)).until(d -> Browser.gone(password));
    }

    private void signOut(ChromeDriver web) {
        web.get(node.uri("/staff").toString());
        Browser.submitAndWait(web, web.findElement(By.cssSelector("form[action='/staff/sign-out'] button")));
    }

    /** What the page says, for a failed assertion's message. */
    private static String page(ChromeDriver web) {
        return web.getCurrentUrl() + "\n" + web.findElement(By.tagName("body")).getText();
    }

    private static String text(ChromeDriver web, String css) {
        return web.findElement(By.cssSelector(css)).getText().strip();
    }

    private static void type(ChromeDriver web, String id, String value) {
        WebElement field = web.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
