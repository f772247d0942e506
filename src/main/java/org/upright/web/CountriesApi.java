package org.upright.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import org.upright.obligation.CountrySummary;
import org.upright.obligation.ObligationService;
import org.upright.obligation.ObligationsJson;
import org.upright.reference.Country;

/** {@code /api/countries}: the States with data at a glance, and one State's obligations on a day. */
final class CountriesApi {
    private final ObligationService obligations;

    CountriesApi(ObligationService obligations) {
        this.obligations = obligations;
    }

    /** {@code GET /api/countries}: each State any source speaks of, with its figures as of today. */
    void list(Context ctx) {
        LocalDate today = obligations.today();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("asOf", today.toString());
        ArrayNode list = root.putArray("countries");
        for (Country country : obligations.statesWithData()) {
            CountrySummary s = obligations.summary(country, today);
            ObjectNode row = list.addObject();
            row.put("iso3", country.alpha3());
            row.put("name", country.name());
            row.put("documents", s.documents());
            row.put("openRatifyRecommendations", s.openRatifyRecommendations());
            row.put("overdueReports", s.overdueReports());
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
