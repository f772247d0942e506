package org.upright.ingest.store;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.upright.ingest.store.Sql.DOCUMENT_ID;
import static org.upright.ingest.store.Sql.ID;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.upright.ingest.model.DocumentInfo;

/** The document rows (one per version) and the files (one per distinct content): versions, lookups, counts. */
final class DocumentRows {
    static final Table<Record> DOCUMENT = Sql.named("document");
    static final Table<Record> FILE = Sql.named("document_file");

    static final Field<String> SHA256 = Sql.text("sha256");
    static final Field<Long> SUPERSEDED_BY = Sql.bigint("superseded_by");
    private static final Field<Long> BYTE_COUNT = Sql.bigint("byte_count");
    private static final Field<byte[]> CONTENT = field(name("content"),
            SQLDataType.BLOB);
    private static final Field<String> SYMBOL = Sql.text("symbol");
    private static final Field<String> KIND = Sql.text("kind");
    private static final Field<String> COUNTRY = Sql.text("country_iso3");
    private static final Field<Integer> CYCLE = Sql.integer("cycle");
    private static final Field<String> LANGUAGE = Sql.text("language");
    private static final Field<String> FILE_NAME = Sql.text("file_name");
    private static final Field<Integer[]> FOOTNOTE_ORDER = Sql.integers("footnote_order");
    private static final Field<String[]> EXTRACTED_PARTS = Sql.strings("extracted_parts");
    private static final Field<String> LINEAGE = Sql.text("lineage");
    private static final Field<Integer> VERSION = Sql.integer("version");
    private static final Field<OffsetDateTime> INGESTED_AT =
            field(name("ingested_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final List<Field<?>> STORED = List.of(ID, SYMBOL, KIND, COUNTRY, CYCLE, SHA256, FILE_NAME, VERSION,
            SUPERSEDED_BY, INGESTED_AT);
    static final Condition CURRENT = SUPERSEDED_BY.isNull();

    /** What a stored document row says about the exchange document, for loading it back. */
    record Header(DocumentInfo info, List<Integer> footnoteOrder, List<String> parts) {
    }

    private DocumentRows() {
    }

    /** The versions of one document share a lineage: its symbol, or the file name of a document without one. */
    static String lineageOf(DocumentInfo info, SourceFile file) {
        return info.symbol() == null || info.symbol().isBlank() ? file.name() : info.symbol();
    }

    static void insertFile(DSLContext ctx, String sha256, byte[] bytes) {
        ctx.insertInto(FILE, SHA256, BYTE_COUNT, CONTENT).values(sha256, (long) bytes.length, bytes).execute();
    }

    /**
     * Locks the current version of the lineage until the transaction ends, so that two processes storing new versions
     * of one document take their numbers one after the other instead of colliding. The very first version has no
     * row to lock; there the unique (lineage, version) decides and the loser tries again.
     */
    static void lockCurrent(DSLContext ctx, String lineage) {
        ctx.select(ID).from(DOCUMENT).where(LINEAGE.eq(lineage)).and(CURRENT).forUpdate().fetch();
    }

    static int nextVersion(DSLContext ctx, String lineage) {
        Integer last = ctx.select(max(VERSION)).from(DOCUMENT).where(LINEAGE.eq(lineage)).fetchOne(0, Integer.class);
        return last == null ? 1 : last + 1;
    }

    static long insert(DSLContext ctx, SourceFile file, String sha256, DocumentInfo info, List<Integer> footnoteOrder,
                       List<String> parts, String lineage, int version, OffsetDateTime ingestedAt) {
        return ctx.insertInto(DOCUMENT)
                .set(SHA256, sha256).set(SYMBOL, info.symbol()).set(KIND, info.kind()).set(COUNTRY, info.country())
                .set(CYCLE, info.cycle()).set(LANGUAGE, info.language()).set(FILE_NAME, file.name())
                .set(FOOTNOTE_ORDER, Sql.array(footnoteOrder)).set(EXTRACTED_PARTS, Sql.stringArray(parts))
                .set(LINEAGE, lineage).set(VERSION, version).set(INGESTED_AT, ingestedAt)
                .returningResult(ID).fetchSingle().value1();
    }

    /** Marks every other current version of the lineage as superseded by the new one. */
    static void supersede(DSLContext ctx, String lineage, long newId) {
        ctx.update(DOCUMENT).set(SUPERSEDED_BY, newId)
                .where(LINEAGE.eq(lineage)).and(ID.ne(newId)).and(CURRENT).execute();
    }

    static Optional<StoredDocument> bySha256(DSLContext ctx, String sha256) {
        return ctx.select(STORED).from(DOCUMENT).where(SHA256.eq(sha256)).fetchOptional(DocumentRows::stored);
    }

    static Optional<StoredDocument> byId(DSLContext ctx, long id) {
        return ctx.select(STORED).from(DOCUMENT).where(ID.eq(id)).fetchOptional(DocumentRows::stored);
    }

    static List<StoredDocument> current(DSLContext ctx) {
        return ctx.select(STORED).from(DOCUMENT).where(CURRENT).orderBy(ID).fetch(DocumentRows::stored);
    }

    static List<StoredDocument> currentOf(DSLContext ctx, String country) {
        return ctx.select(STORED).from(DOCUMENT).where(CURRENT.and(COUNTRY.eq(country))).orderBy(ID)
                .fetch(DocumentRows::stored);
    }

    static List<StoredDocument> history(DSLContext ctx, String lineage) {
        return ctx.select(STORED).from(DOCUMENT).where(LINEAGE.eq(lineage)).orderBy(VERSION.desc())
                .fetch(DocumentRows::stored);
    }

    static Optional<Header> header(DSLContext ctx, long id) {
        return ctx.select(SYMBOL, COUNTRY, KIND, CYCLE, LANGUAGE, FOOTNOTE_ORDER, EXTRACTED_PARTS).from(DOCUMENT)
                .where(ID.eq(id))
                .fetchOptional(r -> new Header(new DocumentInfo(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5()), Sql.list(r.value6()), Sql.list(r.value7())));
    }

    static Optional<SourceFile> file(DSLContext ctx, long id) {
        return ctx.select(FILE_NAME, CONTENT).from(DOCUMENT).join(FILE).on(Sql.qualified(FILE, SHA256)
                        .eq(Sql.qualified(DOCUMENT, SHA256)))
                .where(Sql.qualified(DOCUMENT, ID).eq(id))
                .fetchOptional(r -> new SourceFile(r.value1(), r.value2()));
    }

    /** How many rows of a document's facts a table holds. */
    static int countOf(DSLContext ctx, Table<?> table, long documentId) {
        return ctx.fetchCount(table, DOCUMENT_ID.eq(documentId));
    }

    /** How many rows of a table belong to current versions (documents itself when the table is the documents'). */
    static long countCurrent(DSLContext ctx, Table<?> table) {
        if (table == DOCUMENT) {
            return ctx.fetchCount(DOCUMENT, CURRENT);
        }
        return ctx.select(count()).from(table).join(DOCUMENT).on(Sql.qualified(DOCUMENT, ID).eq(DOCUMENT_ID))
                .where(CURRENT).fetchSingle().value1();
    }

    private static StoredDocument stored(Record r) {
        OffsetDateTime at = r.get(INGESTED_AT);
        return new StoredDocument(r.get(ID), r.get(SYMBOL), r.get(KIND), r.get(COUNTRY), r.get(CYCLE), r.get(SHA256),
                r.get(FILE_NAME), r.get(VERSION), r.get(SUPERSEDED_BY) == null, at.toInstant());
    }
}
