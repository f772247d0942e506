package org.upright.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.upright.common.UsageException;
import org.upright.obligation.BodyReporting;
import org.upright.obligation.CountryObligations;
import org.upright.obligation.CountrySummary;
import org.upright.obligation.ObligationService;
import org.upright.obligation.ReportingStatus;
import org.upright.reference.Country;
import org.upright.search.SearchIndex;
import org.upright.search.SearchQuery;

/**
 * The server-rendered pages: the States with data, one State's dashboard and the search, from the JTE templates of
 * {@code src/main/jte} precompiled at build time (HTML auto-escaped), with the one style sheet from the classpath.
 */
final class Pages {
    static final String CSS_PATH = "/static/upright.css";
    private static final TemplateEngine TEMPLATES =
            TemplateEngine.createPrecompiled(null, ContentType.Html, Pages.class.getClassLoader(), "org.upright.web");
    private static final byte[] CSS = css();

    private final ObligationService obligations;
    private final SearchIndex index;
    private final org.upright.report.RecommendationCharts charts;

    Pages(ObligationService obligations, SearchIndex index, org.upright.report.RecommendationCharts charts) {
        this.obligations = obligations;
        this.index = index;
        this.charts = charts;
    }

    /** One row of the home page's table. */
    record StateRow(String iso3, String name, int documents, int overdueReports, int openRatifyRecommendations,
                    long openRecommendations) {
    }

    /** {@code GET /}: the States with data and their figures as of today, each linking to its dashboard. */
    void home(Context ctx) {
        LocalDate today = obligations.today();
        List<StateRow> rows = new ArrayList<>();
        List<CountrySummary> summaries = obligations.summaries(today);
        // read from the index on every request, outside the summaries' cache: a status change shows at once
        Map<String, Long> open = OpenRecommendations.byCountry(index,
                summaries.stream().map(s -> s.country().alpha3()).toList());
        for (CountrySummary s : summaries) {
            rows.add(new StateRow(s.country().alpha3(), s.country().name(), s.documents(), s.overdueReports(),
                    s.openRatifyRecommendations(), open.getOrDefault(s.country().alpha3(), 0L)));
        }
        render(ctx, 200, "home.jte", Map.of("states", rows, "asOf", today));
    }

    /** {@code GET /countries/{iso3}?asOf=}: what the State has accepted and owes on the day. */
    void country(Context ctx) {
        LocalDate asOf = QueryParams.date(ctx, "asOf", obligations.today());
        Country country;
        try {
            country = obligations.country(ctx.pathParam("iso3"));
        } catch (UsageException e) {
            throw new NotFoundException(e.getMessage());
        }
        CountryObligations status = obligations.status(country, asOf);
        if (!status.hasData()) {
            throw new NotFoundException(Text.of(ctx).get("error.noData", country.name()));
        }
        render(ctx, 200, "country.jte", Map.of("o", status, "reporting", overdueFirst(status.reporting()),
                "d", CountryDashboard.of(status, obligations, charts)));
    }

    /** {@code GET /search?q=&country=&speaker=&year=&kind=&page=}: the form, the hits, the facets and the pages. */
    void search(Context ctx) {
        SearchPage page = SearchPage.of(ctx);
        SearchQuery query = QueryParams.search(ctx, null);
        render(ctx, 200, "search.jte", Map.of("page", page,
                "result", page.asked() ? index.search(query) : new org.upright.search.SearchResult(0, List.of(),
                        Map.of())));
    }

    /** {@code GET /static/upright.css}: the style sheet, from the classpath (the CSP allows no other origin). */
    void css(Context ctx) {
        ctx.contentType("text/css; charset=utf-8");
        ctx.header("Cache-Control", "max-age=3600");
        ctx.result(CSS);
    }

    /** An HTML error page with the status and the one-line message. */
    static void error(Context ctx, int status, String message) {
        Text text = Text.of(ctx);
        String title = text.has("status." + status) ? text.get("status." + status) : ProblemDetails.title(status);
        render(ctx, status, "error.jte", Map.of("status", status, "title", title, "message", message));
    }

    /** Overdue reports first (longest overdue first), then the rest in the order the service gives. */
    static List<BodyReporting> overdueFirst(List<BodyReporting> reporting) {
        Comparator<BodyReporting> overdue = Comparator.comparing(r -> r.status() != ReportingStatus.OVERDUE);
        return reporting.stream().sorted(overdue.thenComparing(r -> r.status() == ReportingStatus.OVERDUE
                ? String.valueOf(r.statusDate()) : "")).toList();
    }

    /** A value as the pages print it: ISO text for dates, "" for nothing. */
    static String text(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value == null ? "" : value.toString();
    }

    /** Yes, no, or unknown when no source says. */
    static String yesNo(Boolean value) {
        return value == null ? "unknown" : value ? "yes" : "no";
    }

    /** The symbol or dataset a fact comes from, with the date it speaks for. */
    static String source(org.upright.obligation.Source source) {
        if (source == null) {
            return "";
        }
        return source.date() == null ? source.name() : source.name() + " (" + source.date() + ")";
    }

    /** A template rendered inside another page (a partial), with the request's {@link PageFrame}. */
    static gg.jte.Content partial(Context ctx, String template, Map<String, Object> params) {
        Map<String, Object> all = new java.util.HashMap<>(params);
        all.put("frame", PageFrame.of(ctx));
        return output -> TEMPLATES.render(template, all, output);
    }

    /** Renders a template with its parameters and the request's {@link PageFrame} (as {@code frame}). */
    static void render(Context ctx, int status, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        Map<String, Object> all = new java.util.HashMap<>(params);
        all.put("frame", PageFrame.of(ctx));
        TEMPLATES.render(template, all, out);
        ctx.status(status).result(out.toString()).contentType("text/html; charset=utf-8");
    }

    private static byte[] css() {
        try (InputStream in = Pages.class.getResourceAsStream("static/upright.css")) {
            if (in == null) {
                throw new IllegalStateException("the style sheet is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
