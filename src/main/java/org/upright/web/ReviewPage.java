package org.upright.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upright.classify.LabelService;
import org.upright.classify.ReviewItem;
import org.upright.common.UsageException;
import org.upright.obligation.ObligationService;

/**
 * {@code GET /review?country=&page=}: the entries whose suggested labels wait for an editor, least confident first,
 * each with its text, State and document, its labels panel (accept, reject, add) and a link to its page; the count
 * waiting; pages; a filter by State.
 */
final class ReviewPage {
    static final int PAGE_SIZE = 20;

    private final LabelPages panels;
    private final LabelService labels;
    private final ObligationService obligations;

    ReviewPage(LabelPages panels, LabelService labels, ObligationService obligations) {
        this.panels = panels;
        this.labels = labels;
        this.obligations = obligations;
    }

    /** One item of the queue: the entry with its panel. */
    record Row(ReviewItem item, LabelPanel panel) {
        /** Where the entry's page is (through its stable key, so that it names the current version). */
        String entryUrl() {
            return LabelPanel.url(item.entry().key());
        }
    }

    /**
     * What the page shows.
     *
     * @param country the State filtered by (ISO 3166 alpha-3), or "" for all
     */
    record Queue(String country, int page, long waiting, List<Row> rows) {
        Queue {
            rows = List.copyOf(rows);
        }

        long pages() {
            return Math.max(1, (waiting + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        boolean hasPrevious() {
            return page > 1;
        }

        boolean hasNext() {
            return (long) page * PAGE_SIZE < waiting;
        }

        /** The address of another page of the same queue. */
        String pageUrl(int other) {
            return url(country, other);
        }
    }

    /**
     * The count of entries waiting, as the queue's page shows it and as a decision made through htmx refreshes it
     * out of band.
     *
     * @param country the State filtered by (ISO 3166 alpha-3), or "" for all
     */
    record Waiting(String country, long count, boolean outOfBand) {
    }

    /** The address of a page of the queue, filtered by a State (alpha-3) or not (""). */
    static String url(String country, int page) {
        return "/review?" + (country.isEmpty() ? "" : "country=" + country + "&") + "page=" + page;
    }

    private static final java.util.regex.Pattern QUEUE_COUNTRY =
            java.util.regex.Pattern.compile("^/review\\?country=([A-Z]{3})&");

    /** The State (alpha-3, or "" for all) of a queue address made by {@link #url}; anything else counts as all. */
    static String countryOf(String url) {
        java.util.regex.Matcher m = QUEUE_COUNTRY.matcher(url);
        return m.find() ? m.group(1) : "";
    }

    void page(Context ctx) {
        LabelService service = LabelPages.required(labels);
        String country = country(ctx, obligations);
        int page = QueryParams.integer(ctx, "page", 1);
        if (page < 1 || page > 100_000) {
            throw new UsageException("page must be 1..100000");
        }
        String filter = country.isEmpty() ? null : country;
        String back = url(country, page);
        List<Row> rows = service.queue(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(item -> new Row(item, panels.reviewPanel(ctx, item, back)))
                .toList();
        Pages.render(ctx, 200, "review.jte", Map.of("q", new Queue(country, page, service.waiting(filter), rows)));
    }

    /** The {@code country} parameter as an alpha-3 code ("" when absent); an unknown State is a 400. */
    static String country(Context ctx, ObligationService obligations) {
        String asked = ctx.queryParam("country");
        if (asked == null || asked.isBlank()) {
            return "";
        }
        return obligations == null ? asked.strip().toUpperCase(Locale.ROOT)
                : obligations.country(asked.strip()).alpha3();
    }
}
