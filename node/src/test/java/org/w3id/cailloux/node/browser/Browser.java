package org.w3id.cailloux.node.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debian's headless Chromium driven through ChromeDriver, with its own profile and download folder, for the
 * browser tests. Without Chromium a test is skipped with the reason logged, unless
 * {@code CAILLOUX_REQUIRE_BROWSER=true} (CI), where it fails. Nothing is downloaded: the browser and driver paths
 * are given explicitly ({@code CAILLOUX_CHROMIUM}, {@code CAILLOUX_CHROMEDRIVER}). Screenshots go to
 * {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    /** The width of the window, as on a desktop. */
    public static final int WIDTH = 1280;
    /** The height of the window, as on a desktop. */
    public static final int HEIGHT = 1000;

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CAILLOUX_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CAILLOUX_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final Path downloads;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile, Path downloads) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** A fresh browser with its own profile; skips the test (or fails it, when required) if Chromium is not installed. */
    public static Browser start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String reason = "Chromium (" + CHROMIUM + ") or ChromeDriver (" + CHROMEDRIVER + ") is not installed: "
                + "apt-get install chromium chromium-driver";
        if (!present && "true".equalsIgnoreCase(System.getenv("CAILLOUX_REQUIRE_BROWSER"))) {
            Assertions.fail(reason + " (CAILLOUX_REQUIRE_BROWSER=true makes the browser tests required)");
        }
        if (!present) {
            LOG.warn("{}; the browser tests are skipped", reason);
            Assumptions.abort(reason + "; the browser tests are skipped");
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
            Path downloads = Files.createTempDirectory(Path.of("target"), "chromium-downloads-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // No network here: without the background-networking flags Chromium waits on connections
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--lang=fr-FR", "--user-data-dir=" + profile.toAbsolutePath(),
                    "--window-size=" + WIDTH + "," + HEIGHT);
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false,
                    "intl.accept_languages", "fr-FR,fr,en"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
            return new Browser(driver, service, profile, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The driver. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Makes every element lookup wait up to {@code timeout} for its element, e.g. on the page a form post brings. */
    public Browser implicitWait(Duration timeout) {
        driver.manage().timeouts().implicitlyWait(timeout);
        return this;
    }

    /** A wait of up to {@code seconds} for a condition (the shared machine is slow). */
    public WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** Clicks a button that posts its form (or a link), and waits until the next page has replaced this one. */
    public static void submitAndWait(WebDriver driver, WebElement button) {
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(button));
    }

    /** Whether the element left the document; Chromium sometimes says so with an "unknown error", not a stale element. */
    public static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    /** Runs a script in the page and returns its value. */
    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Sets the window's size, e.g. 390 × 844 for a phone. */
    public void window(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Sets the window's width (e.g. 375 for a phone), keeping its height. */
    public void width(int width) {
        window(width, driver.manage().window().getSize().getHeight());
    }

    /** Saves what the window shows as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the whole page, up to {@code maxHeight} pixels, as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name, int maxHeight) {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        window(before.getWidth(), (int) Math.min(Math.max(height, 400), maxHeight));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** The folder downloads land in. */
    public Path downloads() {
        return downloads;
    }

    /** The files downloaded so far, finished ones only (not Chromium's hidden or .crdownload files in progress). */
    public List<Path> downloaded() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".crdownload") && !p.getFileName().toString().startsWith(".")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile under target/ is harmless
        }
    }
}
