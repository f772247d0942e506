package org.upright.ingest.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UpdateSetMoreStep;

/**
 * Inserts missing rows and updates changed ones of a small keyed table, comparing in Java: the same statements on
 * H2 and PostgreSQL, and no write at all for a row that is already right.
 */
final class Upserts {
    private Upserts() {
    }

    /** The first field is the key; each row gives values in the order of the fields. */
    @SuppressWarnings("unchecked")
    static void apply(DSLContext ctx, Table<?> table, List<Field<?>> fields, List<Object[]> rows) {
        Field<Object> key = (Field<Object>) fields.get(0);
        Map<Object, Record> existing = new HashMap<>();
        for (Record r : ctx.select(fields).from(table)) {
            existing.put(r.get(key), r);
        }
        List<Object[]> missing = new ArrayList<>();
        for (Object[] row : rows) {
            Record found = existing.get(row[0]);
            if (found == null) {
                missing.add(row);
            } else if (!same(found, fields, row)) {
                UpdateSetMoreStep<?> update = null;
                for (int i = 1; i < fields.size(); i++) {
                    Field<Object> field = (Field<Object>) fields.get(i);
                    update = update == null ? ctx.update(table).set(field, row[i]) : update.set(field, row[i]);
                }
                if (update != null) {
                    update.where(key.eq(row[0])).execute();
                }
            }
        }
        Sql.insert(ctx, table, fields, missing);
    }

    private static boolean same(Record found, List<Field<?>> fields, Object[] row) {
        for (int i = 1; i < fields.size(); i++) {
            if (!Objects.equals(found.get(fields.get(i)), row[i])) {
                return false;
            }
        }
        return true;
    }
}
