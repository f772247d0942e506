package org.upright.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A State's recommendations counted for its charts on a day: how many there are, and the charts by body or State,
 * theme, year, position, current tracking status and tracking status month by month.
 *
 * @param country ISO 3166 alpha-3 code
 * @param total   the number of the State's recommendations indexed
 * @param charts  the charts, in the order {@link RecommendationCharts#CHARTS}; a chart without data is empty
 */
public record RecommendationFigures(String country, LocalDate day, long total, List<ChartData> charts) {
    public RecommendationFigures {
        charts = List.copyOf(charts);
    }

    /** The chart of that id, if any. */
    public Optional<ChartData> chart(String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
