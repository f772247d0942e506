package org.upright.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.upright.obligation.CountryObligations;
import org.upright.obligation.Deadline;
import org.upright.obligation.ObligationService;
import org.upright.report.ChartData;
import org.upright.report.ChartSeries;
import org.upright.report.RecommendationCharts;
import org.upright.report.RecommendationFigures;

/**
 * What the country page adds to the State's obligations: its deadlines in order with the overdue ones marked, and
 * the charts of the recommendations it received ({@link RecommendationCharts}: by body, theme, year, position,
 * tracking status and tracking status month by month), each drawn by {@code upright.js} over a table that says the
 * same without JavaScript.
 */
record CountryDashboard(List<Dated> deadlines, List<Chart> charts) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The charts shown even without data, with a sentence saying why they are empty (themes come with issue 9). */
    private static final Set<String> ALWAYS = Set.of("theme", "history");

    /** A deadline and whether its date has passed on the day the page is for. */
    record Dated(Deadline deadline, boolean overdue) {
    }

    /** One chart of the page: the service's figures, drawn as the type Chart.js names. */
    record Chart(ChartData data) {
        /** The chart's id: its element's id ({@code chart-<field>}) and the end of its message key. */
        String field() {
            return data.id();
        }

        /** Whether there is nothing to draw (the page says why). */
        boolean empty() {
            return data.isEmpty();
        }

        /** Whether the chart has several series over time (a table of months by status). */
        boolean stacked() {
            return data.type() == ChartData.Type.STACKED;
        }

        /** A chart of one series: its values by label, in the chart's order. */
        Map<String, Long> counts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < data.labels().size(); i++) {
                counts.put(data.labels().get(i), data.values().get(i));
            }
            return counts;
        }

        /** The labels along the axis (months of a chart over time). */
        List<String> labels() {
            return data.labels();
        }

        /** The series of a chart over time, named by their codes (tracking statuses). */
        List<ChartSeries> series() {
            return data.series();
        }

        /** The chart for {@code data-chart}, with its values named in the reader's language. */
        String json(PageFrame frame) {
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("type", data.type() == ChartData.Type.DOUGHNUT ? "doughnut" : "bar");
            spec.put("label", frame.t("country.chart." + field()));
            if (stacked()) {
                spec.put("labels", data.labels());
                spec.put("stacked", true);
                spec.put("datasets", data.series().stream().map(s -> Map.of("label",
                        SearchPage.term(frame, "tracking", s.name()), "values", s.values())).toList());
            } else {
                spec.put("labels", data.labels().stream().map(v -> SearchPage.term(frame, field(), v)).toList());
                spec.put("values", data.values());
                spec.put("horizontal", data.type() == ChartData.Type.BAR && !"year".equals(field())
                        && data.labels().size() > 6);
            }
            try {
                return JSON.writeValueAsString(spec);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static CountryDashboard of(CountryObligations status, ObligationService obligations, RecommendationCharts charts) {
        LocalDate day = status.asOf();
        List<Dated> deadlines = obligations.deadlines(status).stream()
                .map(d -> new Dated(d, d.passedBy(day))).toList();
        RecommendationFigures figures = charts.figures(status.country().alpha3(), day);
        List<Chart> shown = figures.total() == 0 ? List.of() : figures.charts().stream()
                .filter(c -> !c.isEmpty() || ALWAYS.contains(c.id())).map(Chart::new).toList();
        return new CountryDashboard(deadlines, shown);
    }
}
