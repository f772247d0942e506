package org.upright.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.upright.search.SearchHit;
import org.upright.search.SearchIndex;
import org.upright.search.SearchQuery;
import org.upright.search.SearchResult;
import org.upright.tracking.TrackingKey;
import org.upright.tracking.TrackingService;
import org.upright.tracking.TrackingStatus;

/**
 * Counts a State's recommendations (the index's entries of kind recommendation) for charts: by recommending body or
 * State, theme, year, the State's position and tracking status from the index's facets, and the tracking status
 * month by month from the audit history of the recommendations' stable keys. The dashboard draws them with
 * Chart.js; {@link ChartAnnex} draws them as images for the reports.
 */
public final class RecommendationCharts {
    /** The charts, in the order they are shown. */
    public static final List<String> CHARTS = List.of("speaker", "theme", "year", "position", "tracking", "history");
    /** The charts of the reports: body, theme, year and status over time. */
    static final List<String> REPORTED = List.of("speaker", "theme", "year", "history");
    /** More bars than this make a chart unreadable; the most frequent are kept. */
    static final int MOST_BARS = 15;

    private final SearchIndex index;
    private final TrackingService tracking;

    /** Counts from the search index; the statuses' history from tracking. */
    public RecommendationCharts(SearchIndex index, TrackingService tracking) {
        this.index = index;
        this.tracking = tracking;
    }

    /** The State's figures: the history runs from the month of the first status change to the day's month. */
    public RecommendationFigures figures(String iso3, LocalDate day) {
        Map<String, List<String>> filters = Map.of("country", List.of(iso3), "kind", List.of("recommendation"));
        SearchResult counted = index.search(new SearchQuery("", filters, SearchQuery.Sort.RELEVANCE, 0, 0, true,
                false));
        Map<String, Map<String, Long>> facets = counted.facets();
        List<ChartData> charts = new ArrayList<>();
        charts.add(counts("speaker", ChartData.Type.BAR, top(facets.get("speaker"))));
        charts.add(counts("theme", ChartData.Type.BAR, top(facets.get("theme"))));
        charts.add(counts("year", ChartData.Type.BAR, byKey(facets.get("year"))));
        charts.add(counts("position", ChartData.Type.DOUGHNUT, top(facets.get("position"))));
        charts.add(counts("tracking", ChartData.Type.DOUGHNUT, top(facets.get("tracking"))));
        charts.add(counted.total() == 0 ? new ChartData("history", ChartData.Type.STACKED, List.of(), List.of())
                : history(keys(filters, counted.total()), day));
        return new RecommendationFigures(iso3, day, counted.total(), charts);
    }

    /**
     * How many of the recommendations stood in each status at the end of each month (the last month: at the end of
     * the day), from the month of the first status change on; a recommendation is not started until a change says
     * otherwise. Empty when none was ever given a status by the day.
     */
    ChartData history(Set<String> keys, LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, List<TrackingService.StatusChange>> changes = new HashMap<>();
        Instant first = null;
        for (TrackingService.StatusChange change : tracking.statusChanges(keys)) {
            if (change.at().isBefore(end)) {
                changes.computeIfAbsent(change.key(), k -> new ArrayList<>()).add(change);
                first = first == null || change.at().isBefore(first) ? change.at() : first;
            }
        }
        if (first == null) {
            return new ChartData("history", ChartData.Type.STACKED, List.of(), List.of());
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(first.atOffset(ZoneOffset.UTC)); !m.isAfter(YearMonth.from(day));
             m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<TrackingStatus, long[]> counts = new EnumMap<>(TrackingStatus.class);
        for (TrackingStatus status : TrackingStatus.values()) {
            counts.put(status, new long[months.size()]);
        }
        for (int i = 0; i < months.size(); i++) {
            Instant cutoff = i == months.size() - 1 ? end
                    : months.get(i).plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            counts.get(TrackingStatus.NOT_STARTED)[i] += keys.size() - changes.size();
            for (List<TrackingService.StatusChange> ofKey : changes.values()) {
                counts.get(statusBefore(ofKey, cutoff))[i]++;
            }
        }
        List<ChartSeries> series = new ArrayList<>();
        counts.forEach((status, values) -> {
            if (java.util.Arrays.stream(values).anyMatch(v -> v > 0)) {
                series.add(new ChartSeries(status.code(), java.util.Arrays.stream(values).boxed().toList()));
            }
        });
        return new ChartData("history", ChartData.Type.STACKED, months.stream().map(YearMonth::toString).toList(),
                series);
    }

    /** The status the last change before the cutoff set (the changes are oldest first). */
    private static TrackingStatus statusBefore(List<TrackingService.StatusChange> changes, Instant cutoff) {
        TrackingStatus status = TrackingStatus.NOT_STARTED;
        for (TrackingService.StatusChange change : changes) {
            if (!change.at().isBefore(cutoff)) {
                break;
            }
            status = change.status();
        }
        return status;
    }

    /** The stable tracking keys of every recommendation matching the filters, read page by page. */
    private Set<String> keys(Map<String, List<String>> filters, long total) {
        Set<String> keys = new LinkedHashSet<>();
        for (int offset = 0; offset < total; offset += SearchQuery.MAX_LIMIT) {
            SearchResult page = index.search(new SearchQuery("", filters, SearchQuery.Sort.RELEVANCE, offset,
                    SearchQuery.MAX_LIMIT, false, false));
            if (page.hits().isEmpty()) {
                break;
            }
            for (SearchHit hit : page.hits()) {
                keys.add(TrackingKey.ofEntry(hit.id(), hit.document(), hit.number()));
            }
        }
        return keys;
    }

    private static ChartData counts(String id, ChartData.Type type, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return new ChartData(id, type, List.of(), List.of());
        }
        return new ChartData(id, type, List.copyOf(counts.keySet()),
                List.of(new ChartSeries("recommendations", List.copyOf(counts.values()))));
    }

    /** The most frequent values, most first (ties by name), at most {@link #MOST_BARS}. */
    private static Map<String, Long> top(Map<String, Long> counts) {
        Map<String, Long> top = new LinkedHashMap<>();
        if (counts != null) {
            counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).limit(MOST_BARS)
                    .forEach(e -> top.put(e.getKey(), e.getValue()));
        }
        return top;
    }

    /** Every value in its natural order (years ascending). */
    private static Map<String, Long> byKey(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        if (counts != null) {
            counts.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        }
        return sorted;
    }
}
