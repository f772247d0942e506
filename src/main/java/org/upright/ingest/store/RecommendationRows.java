package org.upright.ingest.store;

import static org.upright.ingest.store.Sql.DOCUMENT_ID;
import static org.upright.ingest.store.Sql.ID;
import static org.upright.ingest.store.Sql.ORDINAL;
import static org.upright.ingest.store.Sql.PAGE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.upright.ingest.model.Recommendation;

/** UPR recommendations, with the recommending States in a child table for lookups by State. */
final class RecommendationRows {
    static final Table<Record> RECOMMENDATION = Sql.named("recommendation");
    static final Table<Record> STATE = Sql.named("recommending_state");

    private static final Field<String> NUMBER = Sql.text("number");
    private static final Field<String> TEXT = Sql.text("text");
    private static final Field<String> POSITION = Sql.text("position");
    private static final List<Field<?>> FIELDS = List.of(DOCUMENT_ID, ORDINAL, PAGE, NUMBER, TEXT, POSITION);
    private static final Field<Long> RECOMMENDATION_ID = Sql.bigint("recommendation_id");
    private static final Field<String> STATE_NAME = Sql.text("state_name");

    private RecommendationRows() {
    }

    static int write(DSLContext ctx, long documentId, List<Recommendation> recommendations) {
        List<Object[]> rows = new ArrayList<>(recommendations.size());
        for (int i = 0; i < recommendations.size(); i++) {
            Recommendation r = recommendations.get(i);
            rows.add(new Object[] {documentId, i, null, r.number(), r.text(), r.position()});
        }
        Sql.insert(ctx, RECOMMENDATION, FIELDS, rows);
        long[] ids = Sql.idsByOrdinal(ctx, RECOMMENDATION, documentId, recommendations.size());
        Sql.insertChildren(ctx, STATE, RECOMMENDATION_ID, STATE_NAME, ids,
                recommendations.stream().map(r -> Sql.orEmpty(r.recommendingStates())).toList());
        return recommendations.size();
    }

    static List<Recommendation> read(DSLContext ctx, long documentId) {
        Map<Long, List<String>> states =
                Sql.readChildren(ctx, STATE, RECOMMENDATION_ID, STATE_NAME, RECOMMENDATION, documentId);
        return ctx.select(ID, NUMBER, TEXT, POSITION).from(RECOMMENDATION)
                .where(DOCUMENT_ID.eq(documentId)).orderBy(ORDINAL)
                .fetch(r -> new Recommendation(r.get(NUMBER), r.get(TEXT),
                        List.copyOf(states.getOrDefault(r.get(ID), List.of())), r.get(POSITION)));
    }
}
