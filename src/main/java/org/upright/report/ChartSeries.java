package org.upright.report;

import java.util.List;

/** One series of a chart: its name (a status code, or "recommendations") and a count per label of the chart. */
public record ChartSeries(String name, List<Long> values) {
    public ChartSeries {
        values = List.copyOf(values);
    }
}
