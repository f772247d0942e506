package org.upright.ingest.store;

import static org.upright.ingest.store.Sql.DOCUMENT_ID;
import static org.upright.ingest.store.Sql.ORDINAL;
import static org.upright.ingest.store.Sql.PAGE;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.upright.ingest.model.Section;

/**
 * The document's headings. The tree is stored flat, depth-first with each heading's depth, so that it goes in one
 * batch (no parent ids to wait for) and comes back by one ordered read.
 */
final class SectionRows {
    static final Table<Record> SECTION = Sql.named("section");

    private static final Field<Integer> DEPTH = Sql.integer("depth");
    private static final Field<String> NUMBER = Sql.text("number");
    private static final Field<String> TITLE = Sql.text("title");
    private static final Field<Integer> FOOTNOTE = Sql.integer("footnote");
    private static final List<Field<?>> FIELDS = List.of(DOCUMENT_ID, ORDINAL, DEPTH, PAGE, NUMBER, TITLE, FOOTNOTE);

    /** A heading being rebuilt: its children are added as they are read. */
    private record Node(Section section, List<Node> children, int depth) {
        Section toSection() {
            return new Section(section.number(), section.title(), section.footnote(),
                    children.stream().map(Node::toSection).toList());
        }
    }

    private SectionRows() {
    }

    static void write(DSLContext ctx, long documentId, List<Section> sections) {
        List<Object[]> rows = new ArrayList<>();
        flatten(documentId, sections, 0, rows);
        Sql.insert(ctx, SECTION, FIELDS, rows);
    }

    private static void flatten(long documentId, List<Section> sections, int depth, List<Object[]> rows) {
        for (Section s : sections) {
            rows.add(new Object[] {documentId, rows.size(), depth, null, s.number(), s.title(), s.footnote()});
            flatten(documentId, Sql.orEmpty(s.children()), depth + 1, rows);
        }
    }

    static List<Section> read(DSLContext ctx, long documentId) {
        List<Node> roots = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        for (var r : ctx.select(DEPTH, NUMBER, TITLE, FOOTNOTE).from(SECTION)
                .where(DOCUMENT_ID.eq(documentId)).orderBy(ORDINAL)) {
            Node node = new Node(new Section(r.value2(), r.value3(), r.value4(), List.of()), new ArrayList<>(),
                    r.value1());
            while (!open.isEmpty() && open.peek().depth() >= node.depth()) {
                open.pop();
            }
            (open.isEmpty() ? roots : open.peek().children()).add(node);
            open.push(node);
        }
        return roots.stream().map(Node::toSection).toList();
    }
}
