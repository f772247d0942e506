package org.upright.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.common.BadInputException;
import org.upright.common.UsageException;
import org.upright.search.SearchHit;
import org.upright.search.SearchIndex;
import org.upright.search.SearchQuery;
import org.upright.search.SearchResult;
import org.upright.tracking.TrackingKey;
import org.upright.tracking.TrackingService;

/**
 * Writes the statements and recommendations of a State that match a search, with all their metadata and tracking
 * status, as CSV, JSON or XLSX, and the UPR thematic list of its recommendations as DOCX. It reads everything
 * through the search index (the same filters and words as
 * {@code upright search}) and the responsible institutions from tracking.
 */
public final class ExportService {
    /** The entry types exported: paragraphs without statements are context, not findings. */
    private static final List<String> TYPES = List.of("statement", "recommendation");
    /** The facet fields a hit does not carry; their values are read back per value from the index. */
    private static final List<String> LABELLED = List.of("mechanism", "theme", "person", "sdg", "position",
            "tracking");
    private static final int PAGE = SearchQuery.MAX_LIMIT;

    private final SearchIndex index;
    private final TrackingService tracking;

    /** An export over this index; {@code tracking} may be null where no database holds tracking (no institutions). */
    public ExportService(SearchIndex index, TrackingService tracking) {
        this.index = index;
        this.tracking = tracking;
    }

    /** Told how far an export has come: rows read of all the rows. */
    @FunctionalInterface
    public interface Progress {
        /** Called after each page of rows read. */
        void read(long done, long total);

        /** No one is told. */
        Progress NONE = (done, total) -> { };
    }

    /**
     * Every matching statement and recommendation, in document order.
     *
     * @throws BadInputException when the State has no data, or nothing matches the filters
     */
    public List<ExportRow> rows(ExportRequest request, Progress progress) {
        Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
        filters.put("country", List.of(request.country()));
        // paragraphs without statements are context: a type asked for is kept only where it is exported
        List<String> types = filters.getOrDefault("type", TYPES).stream().filter(TYPES::contains).toList();
        filters.put("type", types.isEmpty() ? TYPES : types);
        SearchResult first = index.search(query(request.words(), filters, true));
        if (first.total() == 0) {
            throw nothing(request);
        }
        // a scan, not pages by offset: engines refuse deep offsets (OpenSearch beyond 10,000 hits)
        List<SearchHit> hits = new ArrayList<>((int) Math.min(first.total(), Integer.MAX_VALUE));
        index.scan(query(request.words(), filters, false), page -> {
            hits.addAll(page);
            progress.read(hits.size(), first.total());
        });
        Map<String, Map<String, List<String>>> labels = labels(request.words(), filters, first.facets());
        List<ExportRow> rows = new ArrayList<>(hits.size());
        for (SearchHit h : hits) {
            Map<String, List<String>> of = labels.getOrDefault(h.id(), Map.of());
            String status = first(of.get("tracking"));
            rows.add(new ExportRow(h.id(), h.type(), h.document(), h.country(), h.speakers(), of.get("mechanism"),
                    h.year(), h.kind(), first(of.get("position")), h.number(), h.paragraph(), h.text(),
                    of.get("theme"), of.get("person"), of.get("sdg"), status,
                    status == null ? List.of() : institutions(h)));
        }
        rows.sort(Comparator.comparing((ExportRow r) -> r.document() == null ? "" : r.document())
                .thenComparing(r -> r.type()).thenComparingLong(r -> ordinal(r.id())));
        return rows;
    }

    /**
     * Writes every matching row in the format and returns how many were written.
     *
     * @throws BadInputException when the State has no data, or nothing matches the filters
     */
    public int write(ExportRequest request, ExportFormat format, OutputStream out, Progress progress) {
        if (format == ExportFormat.DOCX) {
            return writeThematicList(request, format, out, progress);
        }
        List<ExportRow> rows = rows(request, progress);
        try {
            switch (format) {
                case CSV -> CsvExport.write(rows, out);
                case JSON -> JsonExport.write(rows, out);
                case XLSX -> XlsxExport.write(rows, out);
                case DOCX -> throw new IllegalStateException("written above");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.size();
    }

    /**
     * Writes the UPR thematic list of the matching recommendations (grouped under their first theme, with position,
     * themes, affected persons and SDGs) as DOCX or XLSX, and returns how many recommendations it lists.
     *
     * @throws UsageException for a format other than DOCX or XLSX
     * @throws BadInputException when the State has no data, or no recommendation matches the filters
     */
    public int writeThematicList(ExportRequest request, ExportFormat format, OutputStream out, Progress progress) {
        if (format != ExportFormat.DOCX && format != ExportFormat.XLSX) {
            throw new UsageException("the thematic list is written as docx or xlsx, not " + format.extension());
        }
        List<ExportRow> rows = ThematicList.of(rows(request, progress));
        if (rows.isEmpty()) {
            throw new BadInputException("no recommendations for " + request.country()
                    + " match these filters: the thematic list would be empty");
        }
        try {
            if (format == ExportFormat.DOCX) {
                ThematicList.write(request.country(), rows, out);
            } else {
                ThematicListXlsx.write(rows, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.size();
    }

    private BadInputException nothing(ExportRequest request) {
        long any = index.search(new SearchQuery("", Map.of("country", List.of(request.country()), "type", TYPES),
                SearchQuery.Sort.DATE, 0, 0, false, false))
                .total();
        return any == 0
                ? new BadInputException("no statements or recommendations for " + request.country()
                        + ": ingest its documents first")
                : new BadInputException("none of the " + any + " statements and recommendations for "
                        + request.country() + " matches these filters");
    }

    /**
     * The values of the fields hits do not carry, per entry id: for each value the facets counted, the matching
     * entries that have it (a filter by that value alone on its field, the others kept).
     */
    private Map<String, Map<String, List<String>>> labels(String words, Map<String, List<String>> filters,
                                                          Map<String, Map<String, Long>> facets) {
        Map<String, Map<String, List<String>>> byId = new HashMap<>();
        for (String field : LABELLED) {
            for (String value : facets.getOrDefault(field, Map.of()).keySet()) {
                Map<String, List<String>> narrowed = new LinkedHashMap<>(filters);
                narrowed.put(field, List.of(value));
                index.scan(query(words, narrowed, false), page -> {
                    for (SearchHit h : page) {
                        byId.computeIfAbsent(h.id(), k -> new HashMap<>())
                                .computeIfAbsent(field, k -> new ArrayList<>()).add(value);
                    }
                });
            }
        }
        return byId;
    }

    private List<String> institutions(SearchHit h) {
        if (tracking == null) {
            return List.of();
        }
        return tracking.item(TrackingKey.ofEntry(h.id(), h.document(), h.number())).institutions();
    }

    /** A query for the total and the facets (no hits), or for a scan in pages of the largest size. */
    private static SearchQuery query(String words, Map<String, List<String>> filters, boolean facets) {
        return new SearchQuery(words, filters, SearchQuery.Sort.DATE, 0, facets ? 0 : PAGE, facets, false);
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** The ordinal of an id such as "s:3:41" (41), so rows keep their order in the document. */
    private static long ordinal(String id) {
        int colon = id.lastIndexOf(':');
        try {
            return Long.parseLong(id.substring(colon + 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
