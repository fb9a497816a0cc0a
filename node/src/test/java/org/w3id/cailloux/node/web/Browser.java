package org.w3id.cailloux.node.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debian's headless Chromium driven through ChromeDriver, for the staff pages' tests. Without
 * Chromium the test is skipped with the reason, unless {@code CAILLOUX_REQUIRE_BROWSER=true} (CI),
 * where it fails. Nothing is downloaded: the browser and driver paths are given explicitly.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getenv().getOrDefault("CAILLOUX_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("CAILLOUX_CHROMEDRIVER", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int WIDTH = 1280;
    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

    private final ChromeDriver driver;
    private final ChromeDriverService service;

    private Browser(ChromeDriver driver, ChromeDriverService service) {
        this.driver = driver;
        this.service = service;
    }

    /** A fresh browser with its own profile; skips (or fails, when required) if Chromium is not installed. */
    static Browser start() {
        boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        String reason = "Chromium (" + CHROMIUM + ") or ChromeDriver (" + CHROMEDRIVER + ") is not installed: "
                + "apt-get install chromium chromium-driver";
        if (!present && "true".equalsIgnoreCase(System.getenv("CAILLOUX_REQUIRE_BROWSER"))) {
            Assertions.fail(reason + " (CAILLOUX_REQUIRE_BROWSER=true makes the browser tests required)");
        }
        if (!present) {
            LOG.warn("{}; the browser tests are skipped", reason);
        }
        Assumptions.assumeTrue(present, reason + "; the browser tests are skipped");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        try {
            Files.createDirectories(SCREENSHOTS);
            Path profile = Files.createTempDirectory(Path.of("target"), "chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            // No network here: without the background-networking flags Chromium waits on connections
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--lang=fr-FR", "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            // A form post answers with a redirect: give the next page time to arrive before looking in it
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
            driver.manage().window().setSize(new Dimension(WIDTH, 900));
            return new Browser(driver, service);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Runs a script in the page and returns its value. */
    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Sets the window's width (e.g. 375 for a phone), keeping its height. */
    void width(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
    }

    /** Saves the whole page (up to {@code maxHeight} pixels) as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name, int maxHeight) {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(Math.max(height, 400), maxHeight)));
        try {
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
