package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.upright.account.Role;

/**
 * The issue's whole flow in a real headless Chromium with JavaScript on (so the tracking forms go through htmx and
 * swap the panel): an admin signs in through the form, searches, narrows by a facet, opens a recommendation of
 * Kazakhstan's Working Group report, sees its sentence marked in its paragraph, assigns an institution and changes
 * the status, and reads who changed what in the history; an editor of another institution then gets no forms (and a
 * POST of its own is refused), and the signed-out public reads the panel without forms.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path dir;

    private static ServedSamples served;
    private static Browser browser;
    /** The entry page of the recommendation the admin tracked, and its panel's status form target. */
    private static String entryPath;
    private static String statusAction;

    @BeforeAll
    static void start() {
        served = ServedSamples.start(dir, ServedSamples.KAZAKHSTAN);
        served.accounts.add("amina", Role.ADMIN, Set.of(), SignedIn.PASSWORD);
        served.accounts.add("boris", Role.EDITOR, Set.of("Ministry of Health"), SignedIn.PASSWORD);
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
    @Order(1)
    void anAdminSignsInSearchesNarrowsOpensARecommendationAndTracksItThroughThePanel() {
        signIn("amina");
        assertThat(browser.path()).isEqualTo("/search");
        assertThat(browser.find("header .who").getText()).contains("amina");
        assertThat(browser.all("header nav a").stream().map(a -> a.getAttribute("href")))
                .anyMatch(h -> h.endsWith("/documents")).anyMatch(h -> h.endsWith("/upload"))
                .anyMatch(h -> h.endsWith("/admin/accounts"));

        browser.find("input[name=q]").sendKeys("torture");
        browser.click("form[role=search] button[type=submit]");
        assertThat(browser.path()).startsWith("/search?q=torture");
        browser.click("aside a[href*='kind=recommendation']");
        assertThat(browser.path()).contains("kind=recommendation");
        assertThat(browser.all("ol li .meta")).isNotEmpty()
                .allSatisfy(meta -> assertThat(meta.getText()).contains("recommendation"));

        String hit = browser.all("ol li a[href^='/entries/r']").getFirst().getAttribute("href");
        browser.open(hit);
        entryPath = browser.path();
        assertThat(browser.find("h1").getText()).contains("A/HRC/28/10");
        WebElement paragraph = browser.find("figure.source blockquote p");
        String marked = browser.find("figure.source mark").getText();
        assertThat(marked).containsIgnoringCase("tortur");
        assertThat(paragraph.getText()).contains(marked);
        assertThat(browser.find("strong.position").getText()).isNotBlank();

        WebElement panel = browser.find("section.tracking");
        String panelId = "#" + panel.getAttribute("id");
        assertThat(browser.find(panelId + " dd.status").getText()).isEqualTo("Not started");
        statusAction = browser.find(panelId + " form[action$='/status']").getAttribute("action");
        // a page that reloads loses this; a panel swapped by htmx keeps it
        browser.driver().executeScript("window.notReloaded = true;");

        browser.find(panelId + " textarea[name=institutions]").sendKeys("Ministry of Justice");
        browser.find(panelId + " form[action$='/institutions'] button[type=submit]").click();
        waitForText(panelId + " dl", "Ministry of Justice");

        browser.find(panelId + " details.forms summary").click();
        new Select(browser.find(panelId + " select[name=status]")).selectByValue("in_progress");
        browser.find(panelId + " form[action$='/status'] button[type=submit]").click();
        waitForText(panelId + " dd.status", "In progress");

        browser.find(panelId + " details.forms summary").click();
        browser.find(panelId + " textarea[name=text]").sendKeys("<script>alert(1)</script>");
        browser.find(panelId + " form[action$='/comments'] button[type=submit]").click();
        waitForText(panelId, "alert(1)");

        // an htmx request carrying no form field: the layout's script sends the CSRF token in X-CSRF-Token
        browser.driver().executeScript("htmx.ajax('POST', arguments[0], {target: arguments[1], swap: 'outerHTML',"
                + " values: {status: 'partially_implemented', version: '3', back: arguments[2]}});",
                statusAction, panelId, entryPath);
        waitForText(panelId + " dd.status", "Partially implemented");

        assertThat(browser.driver().executeScript("return window.notReloaded === true;"))
                .as("the forms went through htmx").isEqualTo(true);
        assertThat(browser.path()).isEqualTo(entryPath);
        assertThat(browser.all(panelId + " table.history tbody tr")).hasSize(4)
                .allSatisfy(row -> assertThat(row.getText()).contains("amina"))
                .anySatisfy(row -> assertThat(row.getText()).contains("Not started → In progress"));
        assertThat(browser.find(panelId + " ul li p:last-child").getText())
                .isEqualTo("<script>alert(1)</script>");
        assertThat(browser.all(panelId + " ul li script")).isEmpty();
        assertNoAlert();
        browser.screenshot("flow-recommendation-admin");
    }

    @Test
    @Order(2)
    void anEditorOfAnotherInstitutionSeesNoFormsAndIsRefusedAPost() {
        signOut();
        signIn("boris");
        browser.open(entryPath);
        assertThat(browser.find("section.tracking dd.status").getText()).isEqualTo("Partially implemented");
        assertThat(browser.all("section.tracking form")).isEmpty();
        assertThat(browser.all("header nav a[href='/admin/accounts']")).isEmpty();
        assertThat(browser.all("header nav a[href='/upload']")).hasSize(1);

        SignedIn boris = SignedIn.as(served.accounts, served.port(), "boris", Role.EDITOR);
        HttpResponse<String> refused = boris.postForm(statusAction.substring(statusAction.indexOf("/tracking/")),
                Map.of("status", "implemented", "version", "4"));
        assertThat(refused.statusCode()).isEqualTo(403);
        browser.open(entryPath);
        assertThat(browser.find("section.tracking dd.status").getText()).isEqualTo("Partially implemented");
    }

    @Test
    @Order(3)
    void thePublicReadsThePanelWithoutForms() {
        signOut();
        browser.open(entryPath);
        assertThat(browser.find("header nav").getText()).contains("Sign in");
        assertThat(browser.find("section.tracking dd.status").getText()).isEqualTo("Partially implemented");
        assertThat(browser.find("section.tracking dl").getText()).contains("Ministry of Justice");
        assertThat(browser.find("section.tracking").getText()).contains("<script>alert(1)</script>");
        assertThat(browser.all("section.tracking form, section.tracking textarea, section.tracking select"))
                .isEmpty();
        assertThat(browser.all("header nav a[href='/upload'], header nav a[href='/admin/accounts']")).isEmpty();
        assertNoAlert();
    }

    private static void signIn(String name) {
        browser.open("/login?next=%2Fsearch");
        browser.find("#name").sendKeys(name);
        browser.find("#password").sendKeys(SignedIn.PASSWORD);
        browser.click("form.login button[type=submit]");
        assertThat(browser.find("header .who").getText()).contains(name);
    }

    private static void signOut() {
        if (!browser.all("header form[action='/logout']").isEmpty()) {
            browser.click("header form[action='/logout'] button");
        }
        // the click starts a navigation; the old page may still be there for a moment
        new WebDriverWait(browser.driver(), WAIT).until(d -> browser.all("header .who").isEmpty());
        assertThat(browser.all("header .who")).isEmpty();
    }

    private static void waitForText(String css, String text) {
        new WebDriverWait(browser.driver(), WAIT).until(d -> {
            try {
                return browser.find(css).getText().contains(text);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false; // htmx swapped the panel between finding and reading
            }
        });
    }

    private static void assertNoAlert() {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("a script in user text ran");
        } catch (NoAlertPresentException expected) {
            // the comment stayed text
        }
    }
}
