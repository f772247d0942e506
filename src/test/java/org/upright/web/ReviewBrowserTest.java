package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.upright.account.Role;

/**
 * The review queue in a real headless Chromium with JavaScript on: an editor signs in, opens the queue, accepts an
 * entry's only suggestion through htmx (the page is not reloaded) and sees the entry leave the queue.
 */
class ReviewBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern WAITING = Pattern.compile("waiting for review: (\\d+)");

    @TempDir
    static Path dir;

    private static LabelFixture served;
    private static Browser browser;

    @BeforeAll
    static void start() {
        served = LabelFixture.start(dir);
        served.accounts.add("saule", Role.EDITOR, Set.of(), SignedIn.PASSWORD);
        browser = Browser.start(served.base());
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
    void anEditorAcceptsASuggestionThroughHtmxAndTheEntryLeavesTheQueueAndItsCount() {
        browser.open("/login?next=%2Freview%3Fcountry%3DKAZ");
        browser.find("#name").sendKeys("saule");
        browser.find("#password").sendKeys(SignedIn.PASSWORD);
        browser.click("form.login button[type=submit]");
        assertThat(browser.path()).isEqualTo("/review?country=KAZ");
        assertThat(browser.all("header nav a[href='/review']")).hasSize(1);
        long before = waiting();
        WebElement item = browser.all("article.review-item").stream()
                .filter(a -> a.findElements(By.cssSelector("button.accept")).size() == 1).findFirst()
                .orElseThrow(() -> new AssertionError("no entry with a single suggestion in the queue"));
        String id = item.getAttribute("id");
        String label = item.findElement(By.cssSelector("li.label .label-name")).getText();
        assertThat(item.findElement(By.cssSelector("li.label .confidence")).getText()).matches("0\\.\\d\\d");
        browser.driver().executeScript("window.notReloaded = true;");

        item.findElement(By.cssSelector("button.accept")).click();

        new WebDriverWait(browser.driver(), WAIT).until(d -> {
            try {
                return browser.find("#" + id).getAttribute("class").contains("reviewed");
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false; // htmx swapped the item between finding and reading
            }
        });
        assertThat(browser.find("#" + id).getText()).contains("Reviewed");
        assertThat(browser.driver().executeScript("return window.notReloaded === true;"))
                .as("the decision went through htmx").isEqualTo(true);
        assertThat(waiting()).as("the count follows without a reload").isEqualTo(before - 1);
        browser.open("/review?country=KAZ");
        assertThat(waiting()).isEqualTo(before - 1);
        assertThat(browser.all("#" + id)).isEmpty();
        assertThat(label).isNotBlank();
    }

    private static long waiting() {
        Matcher m = WAITING.matcher(browser.find("#review-waiting").getText());
        assertThat(m.find()).as(browser.find("#review-waiting").getText()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
