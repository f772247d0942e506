package org.upright.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.upright.common.UsageException;
import org.upright.obligation.CountrySummary;
import org.upright.obligation.ObligationService;
import org.upright.obligation.ObligationsJson;
import org.upright.reference.Country;
import org.upright.search.SearchIndex;

/** {@code /api/countries}: the States with data at a glance, and one State's obligations on a day. */
final class CountriesApi {
    private final SearchIndex index;
    private final ObligationService obligations;

    CountriesApi(ObligationService obligations, SearchIndex index) {
        this.obligations = obligations;
        this.index = index;
    }

    /** Every State fits one page unless the client asks for smaller ones. */
    static final int DEFAULT_LIMIT = 250;
    static final int MAX_LIMIT = 1_000;

    /**
     * {@code GET /api/countries?page=&limit=}: each State any source speaks of, by name, with its figures as of
     * today, a page at a time (the total says how many there are).
     */
    void list(Context ctx) {
        int limit = QueryParams.integer(ctx, "limit", DEFAULT_LIMIT);
        int page = QueryParams.integer(ctx, "page", 1);
        if (limit < 1 || limit > MAX_LIMIT || page < 1) {
            throw new UsageException("limit must be 1.." + MAX_LIMIT + " and page at least 1");
        }
        LocalDate today = obligations.today();
        List<Country> states = obligations.statesWithData();
        long from = Math.min((long) (page - 1) * limit, states.size());
        List<Country> slice = states.subList((int) from, (int) Math.min(from + limit, states.size()));
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("asOf", today.toString());
        root.put("total", states.size());
        root.put("page", page);
        root.put("limit", limit);
        ArrayNode list = root.putArray("countries");
        Map<String, Long> open = OpenRecommendations.byCountry(index, slice.stream().map(Country::alpha3).toList());
        for (CountrySummary s : obligations.summaries(slice, today)) {
            Country country = s.country();
            ObjectNode row = list.addObject();
            row.put("iso3", country.alpha3());
            row.put("name", country.name());
            row.put("documents", s.documents());
            row.put("openRatifyRecommendations", s.openRatifyRecommendations());
            row.put("overdueReports", s.overdueReports());
            row.put("openRecommendations", open.getOrDefault(country.alpha3(), 0L));
        }
        ctx.json(root);
    }

    /** {@code GET /api/countries/{iso3}/obligations?asOf=}: what {@code upright status --format json} prints. */
    void obligations(Context ctx) {
        LocalDate asOf = QueryParams.date(ctx, "asOf", null);
        Country country = obligations.country(ctx.pathParam("iso3"));
        ctx.json(ObligationsJson.tree(obligations.status(country, asOf == null ? obligations.today() : asOf)));
    }
}
