package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.account.Role;
import org.upright.search.SearchHit;
import org.upright.search.SearchQuery;
import org.upright.tracking.TrackingKey;

/** The dashboard's charts drawn by Chart.js in headless Chromium, the stacked one over time included. */
class ChartsBrowserTest {
    @TempDir
    static Path dir;
    private static ServedCompilation served;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        served = ServedCompilation.start(dir);
        List<SearchHit> hits = served.index.search(new SearchQuery("", Map.of("country", List.of("KAZ"), "kind",
                List.of("recommendation")), SearchQuery.Sort.RELEVANCE, 0, 1, false, false)).hits();
        String key = TrackingKey.ofEntry(hits.getFirst().id(), hits.getFirst().document(), hits.getFirst().number());
        assertThat(SignedIn.as(served, "aigerim", Role.ADMIN).sendJson("PUT", "/api" + TrackingPanel.url(key,
                "status"), "{\"version\":0,\"status\":\"implemented\"}").statusCode()).isEqualTo(200);
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

    /** The number of datasets Chart.js drew on the figure's canvas, or -1 when it drew none (within 5 s). */
    private static long datasets(String figure) throws InterruptedException {
        Object drawn = -1L;
        for (int i = 0; i < 50 && ((Number) drawn).longValue() < 0; i++) {
            drawn = browser.driver().executeScript("var c = document.querySelector('#" + figure + " canvas');"
                    + "var chart = window.Chart && c ? Chart.getChart(c) : null;"
                    + "return chart ? chart.data.datasets.length : -1;");
            Thread.sleep(100);
        }
        return ((Number) drawn).longValue();
    }

    @Test
    void theChartsOfTheDashboardAreDrawnTheStatusOverTimeAsOneStackedSeriesPerStatus() throws InterruptedException {
        browser.open("/countries/KAZ");

        assertThat(datasets("chart-year")).isEqualTo(1);
        assertThat(datasets("chart-history")).isEqualTo(2); // not started and implemented
        assertThat(browser.driver().executeScript("return Chart.getChart(document.querySelector("
                + "'#chart-history canvas')).options.scales.y.stacked")).isEqualTo(true);
        browser.driver().executeScript("document.getElementById('chart-history').scrollIntoView()");
        browser.screenshot("dashboard-charts-KAZ");
    }
}
