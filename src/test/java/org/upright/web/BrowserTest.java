package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * The pages in a real browser (headless Chromium): from the States to Kazakhstan's dashboard, a search with the form,
 * a facet, the next page, and the switch to French, over the served Kazakhstan compilation.
 */
class BrowserTest {
    @TempDir
    static Path dir;

    private static ServedCompilation served;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        served = ServedCompilation.start(dir);
        browser = Browser.start("http://localhost:" + served.port());
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            served.close();
        }
    }

    @Test
    void aReaderGoesFromTheStatesToADashboardThenSearchesNarrowsPagesAndSwitchesToFrench() {
        browser.open("/");
        assertThat(browser.find("h1").getText()).isEqualTo("States with data");
        browser.screenshot("home");

        browser.click("table a[href='/countries/KAZ']");
        assertThat(browser.path()).startsWith("/countries/KAZ");
        assertThat(browser.find("h1").getText()).contains("Kazakhstan");
        browser.screenshot("dashboard-KAZ");

        browser.open("/search");
        browser.find("input[name=q]").sendKeys("torture");
        browser.click("form[role=search] button[type=submit]");
        assertThat(browser.path()).startsWith("/search?q=torture");
        assertThat(browser.find("#hits").getText()).endsWith("page 1 of 1");
        assertThat(browser.all("ol li mark")).isNotEmpty()
                .allSatisfy(mark -> assertThat(mark.getText()).containsIgnoringCase("tortur"));
        browser.screenshot("search-torture");

        WebElement facet = browser.find("aside a[href*='kind=recommendation']");
        String label = facet.getText();
        browser.click("aside a[href*='kind=recommendation']");
        assertThat(browser.path()).contains("kind=recommendation");
        assertThat(browser.find("aside strong").getText()).isEqualTo(label);
        assertThat(browser.all("ol li .meta")).isNotEmpty()
                .allSatisfy(meta -> assertThat(meta.getText()).contains("recommendation"));
        browser.screenshot("search-torture-recommendations");

        browser.open("/search?q=torture&limit=5");
        browser.click("nav a[rel=next]");
        assertThat(browser.path()).contains("page=2");
        assertThat(browser.find("ol").getAttribute("start")).isEqualTo("6");
        assertThat(browser.find("nav a[rel=prev]").getText()).isEqualTo("Previous page");
        browser.screenshot("search-torture-page-2");

        browser.click("a[hreflang=fr]");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.find("h1").getText()).isEqualTo("Recherche");
        browser.open("/");
        assertThat(browser.find("h1").getText()).as("remembered").isEqualTo("États disposant de données");
        assertThat(browser.screenshot("home-fr")).isNotEmptyFile();
    }
}
