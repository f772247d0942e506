package org.upright.ingest.store;

import static org.upright.ingest.store.Sql.DOCUMENT_ID;
import static org.upright.ingest.store.Sql.ID;
import static org.upright.ingest.store.Sql.ORDINAL;
import static org.upright.ingest.store.Sql.PAGE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Statement;

/** Paragraphs, their statements with the span each covers, and the statements' speakers. */
final class ParagraphRows {
    static final Table<Record> PARAGRAPH = Sql.named("paragraph");
    static final Table<Record> STATEMENT = Sql.named("statement");
    static final Table<Record> SPEAKER = Sql.named("statement_speaker");

    private static final Field<Integer> NUMBER = Sql.integer("number");
    private static final Field<String[]> SECTION_PATH = Sql.strings("section_path");
    private static final Field<String> KIND = Sql.text("kind");
    private static final Field<String> TEXT = Sql.text("text");
    private static final Field<Integer[]> FOOTNOTES = Sql.integers("footnotes");
    private static final List<Field<?>> PARAGRAPH_FIELDS =
            List.of(DOCUMENT_ID, ORDINAL, PAGE, NUMBER, SECTION_PATH, KIND, TEXT, FOOTNOTES);

    private static final Field<Long> PARAGRAPH_ID = Sql.bigint("paragraph_id");
    private static final Field<Integer> TEXT_START = Sql.integer("text_start");
    private static final Field<Integer> TEXT_END = Sql.integer("text_end");
    private static final Field<String> REPORTED_BY = Sql.text("reported_by");
    private static final Field<Integer> YEAR_SAID = Sql.integer("year_said");
    private static final List<Field<?>> STATEMENT_FIELDS = List.of(DOCUMENT_ID, PARAGRAPH_ID, ORDINAL, PAGE, TEXT,
            TEXT_START, TEXT_END, REPORTED_BY, YEAR_SAID, KIND, FOOTNOTES);

    private static final Field<Long> STATEMENT_ID = Sql.bigint("statement_id");
    private static final Field<String> SPEAKER_CODE = Sql.text("speaker");

    /** How many rows of each kind were written. */
    record Written(int paragraphs, int statements) {
    }

    private ParagraphRows() {
    }

    static Written write(DSLContext ctx, long documentId, List<Paragraph> paragraphs) {
        List<Object[]> rows = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            rows.add(new Object[] {documentId, i, p.page(), p.number(), Sql.stringArray(p.sectionPath()), p.kind(),
                p.text(), Sql.array(p.footnotes())});
        }
        Sql.insert(ctx, PARAGRAPH, PARAGRAPH_FIELDS, rows);
        long[] paragraphIds = Sql.idsByOrdinal(ctx, PARAGRAPH, documentId, paragraphs.size());

        List<Object[]> statementRows = new ArrayList<>();
        List<List<String>> speakers = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            List<Statement> statements = Sql.orEmpty(p.statements());
            List<StatementSpans.Span> spans = StatementSpans.locate(p.text(), statements);
            for (int j = 0; j < statements.size(); j++) {
                Statement s = statements.get(j);
                StatementSpans.Span span = spans.get(j);
                statementRows.add(new Object[] {documentId, paragraphIds[i], statementRows.size(), p.page(), s.text(),
                    span == null ? null : span.start(), span == null ? null : span.end(), s.reportedBy(), s.year(),
                    s.kind(), Sql.array(s.footnotes())});
                speakers.add(Sql.orEmpty(s.speakers()));
            }
        }
        Sql.insert(ctx, STATEMENT, STATEMENT_FIELDS, statementRows);
        long[] statementIds = Sql.idsByOrdinal(ctx, STATEMENT, documentId, statementRows.size());

        Sql.insertChildren(ctx, SPEAKER, STATEMENT_ID, SPEAKER_CODE, statementIds, speakers);
        return new Written(paragraphs.size(), statementRows.size());
    }

    static List<Paragraph> read(DSLContext ctx, long documentId) {
        Map<Long, List<String>> speakers =
                Sql.readChildren(ctx, SPEAKER, STATEMENT_ID, SPEAKER_CODE, STATEMENT, documentId);
        Map<Long, List<Statement>> statements = new HashMap<>();
        ctx.select(ID, PARAGRAPH_ID, TEXT, REPORTED_BY, YEAR_SAID, KIND, FOOTNOTES).from(STATEMENT)
                .where(DOCUMENT_ID.eq(documentId)).orderBy(ORDINAL)
                .forEach(r -> statements.computeIfAbsent(r.get(PARAGRAPH_ID), id -> new ArrayList<>())
                        .add(new Statement(r.get(TEXT), List.copyOf(speakers.getOrDefault(r.get(ID), List.of())),
                                r.get(REPORTED_BY), r.get(YEAR_SAID), r.get(KIND), Sql.list(r.get(FOOTNOTES)))));

        Map<Long, Paragraph> paragraphs = new LinkedHashMap<>();
        ctx.select(ID, NUMBER, SECTION_PATH, KIND, TEXT, FOOTNOTES, PAGE).from(PARAGRAPH)
                .where(DOCUMENT_ID.eq(documentId)).orderBy(ORDINAL)
                .forEach(r -> paragraphs.put(r.get(ID), new Paragraph(r.get(NUMBER), Sql.list(r.get(SECTION_PATH)),
                        r.get(KIND), r.get(TEXT), Sql.list(r.get(FOOTNOTES)),
                        List.copyOf(statements.getOrDefault(r.get(ID), List.of())), r.get(PAGE))));
        return List.copyOf(paragraphs.values());
    }
}
