package org.w3id.cailloux.node.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.w3id.cailloux.node.TestNode;
import org.w3id.cailloux.node.browser.Browser;

/**
 * A researcher in a real headless Chromium: home, search and facets, an experiment, a comparison and its CSV,
 * the query page running an example in YASGUI. Each page is saved as a screenshot.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResearchBrowserTest {

    private static TestNode node;
    private static TestNode synthe;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        // a second city, so that the pages show a network: Grande-Synthe and its local currency
        synthe = TestNode.start(Map.of("cailloux.city", "Grande-Synthe"));
        assertEquals(201, synthe.send(synthe.asAdmin("/api/experiments").header("Content-Type", "application/json")
                .POST(TestNode.text(ResearchTestData.CURRENCY))).statusCode());
        node = TestNode.start(Map.of("cailloux.sample-data", "loos-en-gohelle",
                "cailloux.peers.grande-synthe.url", synthe.node().url().toString()));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (node != null) {
            node.close();
        }
        if (synthe != null) {
            synthe.close();
        }
    }

    @Test
    @Order(1)
    void theHomePageShowsTheCityAndCanBeUsedByKeyboard() {
        open("/");
        // the peer monitor asks the other node within seconds; then its city is known everywhere
        browser.waiting(60).until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector("#peers-table .status-up")).isEmpty();
        });
        assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains("Loos-en-Gohelle"));
        assertEquals("13", browser.driver().findElement(By.id("experiment-count")).getText());
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement first = browser.driver().switchTo().activeElement();
        assertEquals("skip", first.getAttribute("class"), "the first stop of the keyboard is the skip link");
        browser.screenshot("research-home");
    }

    @Test
    @Order(2)
    void aResearcherSearchesMonnaieThenFiltersByATheme() {
        open("/");
        browser.driver().findElement(By.cssSelector("nav a[href='/search']")).click();
        WebElement q = browser.waiting(30).until(ExpectedConditions.elementToBeClickable(By.id("q")));
        q.sendKeys("monnaie", Keys.ENTER);
        browser.waiting(30).until(ExpectedConditions.urlContains("q=monnaie"));
        List<WebElement> hits = browser.driver().findElements(By.cssSelector("li.hit"));
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().anyMatch(h -> h.getText().contains("manne")));
        assertTrue(hits.stream().allMatch(h -> !h.findElement(By.cssSelector(".city-name")).getText().isBlank()),
                "every result names its city");
        browser.screenshot("research-search");

        WebElement theme = browser.driver().findElement(By.cssSelector("#facet-theme li a"));
        String value = theme.getAttribute("data-value");
        theme.click();
        browser.waiting(30).until(ExpectedConditions.urlContains("theme=" + value));
        assertEquals("true", browser.driver().findElement(By.cssSelector("#facet-theme a[aria-current]")).getAttribute("aria-current"));
        assertFalse(browser.driver().findElements(By.cssSelector("li.hit")).isEmpty());
        browser.screenshot("research-search-facet");

        browser.window(390, 844);
        browser.screenshot("research-search-phone");
        browser.window(Browser.WIDTH, Browser.HEIGHT);
    }

    @Test
    @Order(3)
    void aResearcherOpensAnExperimentAndSeesTheSameDeviceInAnotherCity() {
        open("/search?q=monnaie");
        browser.driver().findElement(By.cssSelector("li.hit h3 a[href$='/experiments/la-manne']")).click();
        browser.waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.id("downloads")));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/experiments/la-manne"));
        browser.screenshot("research-experiment");
        WebElement elsewhere = browser.driver().findElement(By.id("elsewhere"));
        browser.script("arguments[0].scrollIntoView()", elsewhere);
        assertTrue(elsewhere.getText().contains("Grande-Synthe"), elsewhere.getText());
        assertTrue(elsewhere.getText().contains("monnaie locale"), elsewhere.getText());
        browser.screenshot("research-experiment-elsewhere");
    }

    @Test
    @Order(4)
    void aResearcherBuildsAComparisonAndDownloadsItsCsv() throws Exception {
        open("/compare");
        new Select(browser.driver().findElement(By.id("theme"))).selectByValue("local-democracy");
        browser.driver().findElement(By.cssSelector("#compare-form button")).click();
        browser.waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.id("comparison-table")));
        browser.waiting(30).until(ExpectedConditions.attributeToBe(By.id("chart-themes"), "data-drawn", "true"));
        browser.waiting(30).until(ExpectedConditions.attributeToBe(By.id("chart-levels"), "data-drawn", "true"));
        for (String chart : List.of("chart-themes", "chart-levels")) {
            WebElement drawn = browser.driver().findElement(By.id(chart));
            assertTrue(drawn.getSize().getHeight() > 100, chart + " has room to be seen");
            assertFalse(drawn.findElements(By.cssSelector("svg rect, svg path")).isEmpty(), chart + " has bars");
        }
        int rows = browser.driver().findElements(By.cssSelector("#comparison-table tbody tr")).size();
        assertTrue(rows > 0);
        browser.screenshot("research-compare");
        browser.script(
                "document.getElementById('themes').scrollIntoView()");
        browser.screenshot("research-compare-charts");

        WebElement link = browser.driver().findElement(By.id("csv-experiments"));
        String href = link.getAttribute("href");
        link.click();
        browser.waiting(60).until(d -> !browser.downloaded().isEmpty());
        Path file = browser.downloaded().get(0);
        assertTrue(file.getFileName().toString().endsWith(".csv"), file.toString());
        String downloaded = Files.readString(file, StandardCharsets.UTF_8);
        String fetched = node.send(node.anonymous(href.substring(href.indexOf("/compare.csv"))).timeout(java.time.Duration.ofSeconds(120))).body();
        assertEquals(fetched, downloaded, "the downloaded file is the table");
        List<List<String>> csv = ResearchSparql.csv(downloaded);
        assertEquals("city", csv.get(0).get(0));
        assertEquals(rows, csv.size() - 1, "one CSV row per table row");
    }

    @Test
    @Order(5)
    void aResearcherRunsAnExampleInYasgui() throws Exception {
        open("/query");
        browser.waiting(60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .yasqe")));
        // the example meant for the network: it runs on /federation/sparql
        WebElement button = browser.driver().findElement(By.cssSelector("button.run-example[data-federated='true']"));
        button.click();
        browser.waiting(60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .yasr table tbody tr td")));
        List<WebElement> cells = browser.driver().findElements(By.cssSelector("#yasgui .yasr table tbody tr"));
        assertFalse(cells.isEmpty());
        assertFalse(cells.get(0).getText().isBlank(), "YASGUI shows result rows");
        assertTrue(browser.driver().findElement(By.id("endpoint-federation")).isSelected());
        assertTrue(cells.get(0).getText().contains(node.node().url().toString()), "the row names the node: " + cells.get(0).getText());
        browser.screenshot("research-query");
    }

    private static void open(String path) {
        browser.driver().get(node.uri(path).toString());
        browser.waiting(30).until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
    }
}
