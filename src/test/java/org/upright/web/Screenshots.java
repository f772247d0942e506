package org.upright.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.upright.account.Role;

/**
 * Takes the screenshots of the documentation by hand (never run by the test suite): serves every sample document
 * and the ratification dataset as {@code upright demo} does, tracks one of Kazakhstan's UPR recommendations as an
 * admin, and saves the Kazakhstan dashboard, that recommendation's page and a search with its facets as PNGs 1280
 * pixels wide and up to 1600 high, under {@code target/screenshots} and then in the directory given (e.g.
 * {@code docs/screenshots}).
 */
final class Screenshots {
    private Screenshots() {
    }

    /** The whole page, to look at below the fold (kept under target/ only). */
    private static void whole(Browser browser, String name) {
        Dimension size = browser.driver().manage().window().getSize();
        Number height = (Number) browser.driver().executeScript("return document.documentElement.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(1280, height.intValue() + 200));
        browser.screenshot(name);
        browser.driver().manage().window().setSize(size);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("upright-screenshots-");
        try (ServedSamples served = ServedSamples.start(dir, List.of(ServedSamples.SAMPLES));
             Browser browser = Browser.start(served.base())) {
            served.accounts.add("admin", Role.ADMIN, Set.of(), SignedIn.PASSWORD);
            browser.driver().manage().window().setSize(new Dimension(1280, 1600));
            List<Path> shots = new java.util.ArrayList<>();

            browser.open("/countries/KAZ");
            Thread.sleep(1500); // the charts draw after the page loads
            shots.add(browser.screenshot("dashboard"));
            whole(browser, "dashboard-whole");

            browser.open("/search?q=torture&country=KAZ");
            shots.add(browser.screenshot("search"));

            browser.open("/login?next=%2Fsearch%3Fq%3Dtorture%26kind%3Drecommendation%26country%3DKAZ");
            browser.find("#name").sendKeys("admin");
            browser.find("#password").sendKeys(SignedIn.PASSWORD);
            browser.click("form.login button[type=submit]");
            browser.open(browser.all("ol li a[href^='/entries/r']").getFirst().getAttribute("href"));
            String panel = "#" + browser.find("section.tracking").getAttribute("id");
            browser.find(panel + " textarea[name=institutions]").sendKeys("Ministry of Internal Affairs");
            browser.find(panel + " form[action$='/institutions'] button[type=submit]").click();
            Thread.sleep(1000);
            browser.find(panel + " details.forms summary").click();
            new Select(browser.find(panel + " select[name=status]")).selectByValue("in_progress");
            browser.find(panel + " form[action$='/status'] button[type=submit]").click();
            Thread.sleep(1000);
            browser.open(browser.path());
            shots.add(browser.screenshot("recommendation"));
            whole(browser, "recommendation-whole");

            if (args.length > 0) {
                Path target = Path.of(args[0]);
                Files.createDirectories(target);
                for (Path shot : shots) {
                    Files.copy(shot, target.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            shots.forEach(s -> System.out.println(s.toAbsolutePath()));
        }
    }
}
