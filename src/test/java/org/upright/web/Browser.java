package org.upright.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for browser tests: Debian's {@code chromium} driven through Debian's {@code chromedriver}
 * (never a driver or browser Selenium Manager would download), in a fresh profile directory deleted on close, with
 * a screenshot helper writing PNGs under {@code target/screenshots}. Fails with what to install when either program
 * is missing, so a machine without them fails the browser tests instead of skipping them.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMEDRIVER = Path.of(System.getProperty("upright.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("upright.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /**
     * Starts a headless Chromium whose relative URLs go to {@code base} (e.g. {@code http://localhost:1234}).
     *
     * @throws IllegalStateException naming the packages to install when chromedriver or chromium is missing
     */
    static Browser start(String base) {
        for (Path program : List.of(CHROMEDRIVER, CHROMIUM)) {
            if (!Files.isExecutable(program)) {
                throw new IllegalStateException("browser tests need " + program + ": install Debian's chromium and "
                        + "chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does it) or set "
                        + "-Dupright.chromedriver= / -Dupright.chromium= to where they are");
            }
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("upright-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1024", "--user-data-dir=" + profile);
        // both paths given: Selenium Manager is not asked to find, let alone download, anything
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            delete(profile);
            throw new IllegalStateException("cannot start " + CHROMIUM + " through " + CHROMEDRIVER + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        driver.manage().timeouts().pageLoadTimeout(WAIT).implicitlyWait(Duration.ofMillis(500));
        return new Browser(driver, profile, base);
    }

    /** Loads a path of the server (or an absolute URL). */
    Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
        return this;
    }

    /** The driver, for what this helper does not wrap. */
    ChromeDriver driver() {
        return driver;
    }

    /** The one element a CSS selector finds (failing when none). */
    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Every element a CSS selector finds. */
    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Follows a link or presses a button, and waits for the page it leads to. */
    Browser click(String css) {
        WebElement target = find(css);
        String before = driver.getCurrentUrl();
        target.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, WAIT)
                .until(d -> !before.equals(d.getCurrentUrl()) || "complete".equals(
                        driver.executeScript("return document.readyState")));
        return this;
    }

    /** The path and query of the page shown. */
    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** Saves the page as {@code target/screenshots/<name>.png} and returns the file. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is no failure of the test
        }
    }
}
