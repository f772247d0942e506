package org.upright.ingest.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** Names of the schema for jOOQ without generated code, and the batch insert every writer uses. */
final class Sql {
    /** Rows per JDBC batch: large enough that round trips do not matter, small enough to keep memory flat. */
    static final int BATCH_ROWS = 2_000;

    static final Field<Long> ID = bigint("id");
    static final Field<Long> DOCUMENT_ID = bigint("document_id");
    static final Field<Integer> ORDINAL = integer("ordinal");
    static final Field<Integer> PAGE = integer("page");

    private Sql() {
    }

    static Table<Record> named(String table) {
        return table(name(table));
    }

    static Field<Long> bigint(String column) {
        return field(name(column), SQLDataType.BIGINT);
    }

    static Field<Integer> integer(String column) {
        return field(name(column), SQLDataType.INTEGER);
    }

    static Field<String> text(String column) {
        return field(name(column), SQLDataType.VARCHAR);
    }

    static Field<Boolean> bool(String column) {
        return field(name(column), SQLDataType.BOOLEAN);
    }

    static Field<Integer[]> integers(String column) {
        return field(name(column), SQLDataType.INTEGER.array());
    }

    static Field<String[]> strings(String column) {
        return field(name(column), SQLDataType.VARCHAR.array());
    }

    /** The column as a column of this table, where a join makes its name ambiguous. */
    static <T> Field<T> qualified(Table<?> table, Field<T> column) {
        return field(name(table.getName(), column.getName()), column.getDataType());
    }

    /** Inserts the rows (values in the order of the fields) with one prepared statement, in JDBC batches. */
    static void insert(DSLContext ctx, Table<?> table, List<? extends Field<?>> fields, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var statement = ctx.insertInto(table, fields).values(Collections.nCopies(fields.size(), null));
        for (int from = 0; from < rows.size(); from += BATCH_ROWS) {
            BatchBindStep batch = ctx.batch(statement);
            for (Object[] row : rows.subList(from, Math.min(rows.size(), from + BATCH_ROWS))) {
                batch = batch.bind(row);
            }
            batch.execute();
        }
    }

    /**
     * Inserts one row per fact of a document: the document, the fact's ordinal, no page (the exchange format gives
     * pages for paragraphs only), then the fact's own values in the order of {@code valueFields}.
     */
    static <T> void insertFacts(DSLContext ctx, Table<?> table, long documentId, List<T> facts,
                                List<Field<?>> valueFields, Function<T, Object[]> values) {
        List<Field<?>> fields = new ArrayList<>(List.of(DOCUMENT_ID, ORDINAL, PAGE));
        fields.addAll(valueFields);
        List<Object[]> rows = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            Object[] own = values.apply(facts.get(i));
            Object[] row = new Object[3 + own.length];
            row[0] = documentId;
            row[1] = i;
            System.arraycopy(own, 0, row, 3, own.length);
            rows.add(row);
        }
        insert(ctx, table, fields, rows);
    }

    /**
     * Inserts a list of strings per parent row ({@code values.get(i)} belongs to {@code parentIds[i]}) into a child
     * table of (parent, ordinal, value).
     */
    static void insertChildren(DSLContext ctx, Table<?> table, Field<Long> parent, Field<String> value,
                               long[] parentIds, List<List<String>> values) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < parentIds.length; i++) {
            List<String> children = values.get(i);
            for (int j = 0; j < children.size(); j++) {
                rows.add(new Object[] {parentIds[i], j, children.get(j)});
            }
        }
        insert(ctx, table, List.of(parent, ORDINAL, value), rows);
    }

    /** The children of a document's rows of {@code parentTable}, in order, by parent id. */
    static Map<Long, List<String>> readChildren(DSLContext ctx, Table<?> table, Field<Long> parent, Field<String> value,
                                                Table<?> parentTable, long documentId) {
        Map<Long, List<String>> children = new HashMap<>();
        ctx.select(parent, value).from(table)
                .join(parentTable).on(qualified(parentTable, ID).eq(parent))
                .where(qualified(parentTable, DOCUMENT_ID).eq(documentId))
                .orderBy(parent, qualified(table, ORDINAL))
                .forEach(r -> children.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
        return children;
    }

    /** The ids of a document's rows in a table, indexed by their ordinal (0 .. count-1). */
    static long[] idsByOrdinal(DSLContext ctx, Table<?> table, long documentId, int count) {
        long[] ids = new long[count];
        for (Record2<Long, Integer> row : ctx.select(ID, ORDINAL).from(table).where(DOCUMENT_ID.eq(documentId))) {
            ids[row.value2()] = row.value1();
        }
        return ids;
    }

    static Integer[] array(List<Integer> values) {
        return values == null ? null : values.toArray(Integer[]::new);
    }

    static String[] stringArray(List<String> values) {
        return values == null ? null : values.toArray(String[]::new);
    }

    static <T> List<T> list(T[] values) {
        return values == null ? null : Collections.unmodifiableList(Arrays.asList(values));
    }

    /** A list the exchange format never leaves null inside a part: null is stored as no rows. */
    static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
