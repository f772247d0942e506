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
import org.upright.ingest.model.Endnote;

/** Notes citing sources, with the UN symbols and the mechanisms they cite in child tables for lookups. */
final class EndnoteRows {
    static final Table<Record> ENDNOTE = Sql.named("endnote");
    static final Table<Record> SYMBOL = Sql.named("endnote_symbol");
    static final Table<Record> MECHANISM = Sql.named("endnote_mechanism");

    private static final Field<Integer> NUMBER = Sql.integer("number");
    private static final Field<String> TEXT = Sql.text("text");
    private static final Field<String[]> CITED_PARAGRAPHS = Sql.strings("cited_paragraphs");
    private static final List<Field<?>> FIELDS = List.of(DOCUMENT_ID, ORDINAL, PAGE, NUMBER, TEXT, CITED_PARAGRAPHS);
    private static final Field<Long> ENDNOTE_ID = Sql.bigint("endnote_id");
    private static final Field<String> SYMBOL_TEXT = Sql.text("symbol");
    private static final Field<String> MECHANISM_CODE = Sql.text("mechanism_code");

    private EndnoteRows() {
    }

    static void write(DSLContext ctx, long documentId, List<Endnote> endnotes) {
        List<Object[]> rows = new ArrayList<>(endnotes.size());
        for (int i = 0; i < endnotes.size(); i++) {
            Endnote e = endnotes.get(i);
            rows.add(new Object[] {documentId, i, null, e.number(), e.text(), Sql.stringArray(e.paras())});
        }
        Sql.insert(ctx, ENDNOTE, FIELDS, rows);
        long[] ids = Sql.idsByOrdinal(ctx, ENDNOTE, documentId, endnotes.size());
        Sql.insertChildren(ctx, SYMBOL, ENDNOTE_ID, SYMBOL_TEXT, ids,
                endnotes.stream().map(e -> Sql.orEmpty(e.symbols())).toList());
        Sql.insertChildren(ctx, MECHANISM, ENDNOTE_ID, MECHANISM_CODE, ids,
                endnotes.stream().map(e -> Sql.orEmpty(e.mechanisms())).toList());
    }

    static List<Endnote> read(DSLContext ctx, long documentId) {
        Map<Long, List<String>> symbols = Sql.readChildren(ctx, SYMBOL, ENDNOTE_ID, SYMBOL_TEXT, ENDNOTE, documentId);
        Map<Long, List<String>> mechanisms =
                Sql.readChildren(ctx, MECHANISM, ENDNOTE_ID, MECHANISM_CODE, ENDNOTE, documentId);
        return ctx.select(ID, NUMBER, TEXT, CITED_PARAGRAPHS).from(ENDNOTE)
                .where(DOCUMENT_ID.eq(documentId)).orderBy(ORDINAL)
                .fetch(r -> new Endnote(r.get(NUMBER), r.get(TEXT),
                        List.copyOf(symbols.getOrDefault(r.get(ID), List.of())), Sql.list(r.get(CITED_PARAGRAPHS)),
                        List.copyOf(mechanisms.getOrDefault(r.get(ID), List.of()))));
    }
}
