package org.w3id.cailloux.node.research;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the researchers' pages, with its own profile and download folder. Without
 * Chromium the tests are skipped with the reason printed; with {@code CAILLOUX_REQUIRE_BROWSER=true} (CI) they fail.
 * Screenshots go to {@code target/screenshots/research-<name>.png}.
 */
final class ResearchBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("cailloux.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("cailloux.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private ResearchBrowser(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** Starts Chromium, or skips (fails on CI) when it is not installed. */
    static ResearchBrowser start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String reason = "Chromium or chromedriver is missing (" + CHROMIUM + ", " + CHROMEDRIVER + "): browser tests skipped";
        if (!present) {
            if (Boolean.parseBoolean(System.getenv("CAILLOUX_REQUIRE_BROWSER"))) {
                Assertions.fail(reason + " — but CAILLOUX_REQUIRE_BROWSER=true requires them");
            }
            System.err.println(reason);
            Assumptions.abort(reason);
        }
        Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
        Path downloads = Files.createTempDirectory(Path.of("target"), "chromium-downloads-");
        ChromeOptions options = new ChromeOptions();
        // the installed binaries: Selenium Manager must download nothing
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000", "--lang=fr-FR");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "intl.accept_languages", "fr-FR,fr,en"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return new ResearchBrowser(driver, profile, downloads);
    }

    /** The driver. */
    ChromeDriver driver() {
        return driver;
    }

    /** A wait of up to {@code seconds} (the shared machine is slow). */
    WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** The folder downloads land in. */
    Path downloads() {
        return downloads;
    }

    /** Saves the whole page as {@code target/screenshots/research-<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve("research-" + name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the window to a phone's size (or back to a desktop's). */
    void phone(boolean phone) {
        driver.manage().window().setSize(phone ? new Dimension(390, 844) : new Dimension(1280, 1000));
    }

    /** The files downloaded so far, finished ones only. */
    List<Path> downloaded() throws IOException {
        try (var files = Files.list(downloads)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".crdownload")).toList();
        }
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(profile);
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile under target/ is harmless
        }
    }
}
