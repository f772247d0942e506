package org.upright.report;

import java.util.List;

/**
 * The figures of one chart: its id (also the last part of its message key: {@code speaker}, {@code theme},
 * {@code year}, {@code position}, {@code tracking}, {@code history}), how it reads best ({@link Type}), the labels
 * along its axis and its series, each with one count per label.
 */
public record ChartData(String id, Type type, List<String> labels, List<ChartSeries> series) {
    /** How the chart is drawn. */
    public enum Type {
        /** Bars, one per label. */
        BAR,
        /** A ring of parts of a whole. */
        DOUGHNUT,
        /** Bars over time, one stacked part per series. */
        STACKED
    }

    public ChartData {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }

    /** Whether there is nothing to draw. */
    public boolean isEmpty() {
        return labels.isEmpty() || series.isEmpty();
    }

    /** The one series of a chart of counts (bar, doughnut); empty values for a chart without data. */
    public List<Long> values() {
        return series.isEmpty() ? List.of() : series.getFirst().values();
    }
}
