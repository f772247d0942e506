package org.upright.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Section;
import org.upright.ingest.model.Statement;
import org.upright.ingest.store.StatementSpans;
import org.upright.ingest.store.StoredDocument;

/**
 * A stored document as a reading view: its headings and numbered paragraphs in order, each statement a link to its
 * entry page followed by the notes it cites (linked to the notes at the end, which link back), and its versions.
 */
record DocumentPage(StoredDocument stored, ExtractedDocument document, List<StoredDocument> versions,
                    List<Block> blocks, List<Endnote> notes, Set<Integer> cited) {

    /** A heading (level 2..6, its one segment the notes it cites) or a numbered paragraph of the reading view. */
    record Block(int level, String heading, Integer number, String anchor, List<Segment> segments) {
        boolean isHeading() {
            return heading != null;
        }
    }

    /** A run of a paragraph's text: a statement (with its entry id) or text between statements, and its notes. */
    record Segment(String text, String entry, List<NoteRef> notes) {
    }

    /** A note cited: its number, and whether this is its first citation (the one the note links back to). */
    record NoteRef(int number, boolean first) {
    }

    /** The reading view of a stored version, with every version of its document, newest first. */
    static DocumentPage of(StoredDocument stored, ExtractedDocument doc, List<StoredDocument> versions) {
        List<Block> blocks = new ArrayList<>();
        Set<Integer> cited = new HashSet<>();
        List<String> path = List.of();
        int statement = 0;
        int ordinal = 0;
        for (Paragraph p : list(doc.paragraphs())) {
            List<String> now = list(p.sectionPath());
            for (int depth = common(path, now); depth < now.size(); depth++) {
                Section s = section(list(doc.sections()), now.subList(0, depth + 1));
                String title = s == null ? now.get(depth)
                        : (s.number() == null ? "" : s.number() + ". ") + Objects.toString(s.title(), "");
                List<NoteRef> notes = s == null || s.footnote() == null ? List.of()
                        : refs(List.of(s.footnote()), cited);
                blocks.add(new Block(Math.min(6, depth + 2), title, null, null,
                        List.of(new Segment("", null, notes))));
            }
            path = now;
            List<Statement> statements = list(p.statements());
            List<Segment> segments = new ArrayList<>();
            String text = p.text() == null ? "" : p.text();
            if (statements.isEmpty()) {
                segments.add(new Segment(text, "p:" + stored.id() + ":" + ordinal, refs(p.footnotes(), cited)));
            } else {
                List<StatementSpans.Span> spans = StatementSpans.locate(text, statements);
                int from = 0;
                for (int i = 0; i < statements.size(); i++) {
                    Statement s = statements.get(i);
                    StatementSpans.Span span = spans.get(i);
                    String entry = s.text() == null || s.text().isBlank() ? null : "s:" + stored.id() + ":" + statement;
                    statement++;
                    if (span == null) {
                        continue; // its text is not in the paragraph: the paragraph's own text is what is shown
                    }
                    if (span.start() > from) {
                        segments.add(new Segment(text.substring(from, span.start()), null, List.of()));
                    }
                    segments.add(new Segment(text.substring(span.start(), span.end()), entry,
                            refs(s.footnotes(), cited)));
                    from = span.end();
                }
                if (from < text.length()) {
                    segments.add(new Segment(text.substring(from), null, List.of()));
                }
            }
            blocks.add(new Block(0, null, p.number(), "p" + p.number(), segments));
            ordinal++;
        }
        return new DocumentPage(stored, doc, versions, blocks, list(doc.endnotes()), Set.copyOf(cited));
    }

    /** Whether the text cites the note (so that the note can link back to it). */
    boolean isCited(int note) {
        return cited.contains(note);
    }

    /** The document's name: its symbol, or its file's name when it has none. */
    String name() {
        return stored.symbol() != null ? stored.symbol() : stored.fileName();
    }

    /** Counts of the tables of facts the document holds (ratifications, reporting ...), shown as a summary. */
    int ratifications() {
        return list(document.ratifications()).size();
    }

    int recommendations() {
        return list(document.recommendations()).size();
    }

    private static List<NoteRef> refs(List<Integer> numbers, Set<Integer> cited) {
        List<NoteRef> refs = new ArrayList<>();
        for (Integer n : list(numbers)) {
            if (n != null) {
                refs.add(new NoteRef(n, cited.add(n)));
            }
        }
        return refs;
    }

    private static int common(List<String> a, List<String> b) {
        int i = 0;
        while (i < a.size() && i < b.size() && Objects.equals(a.get(i), b.get(i))) {
            i++;
        }
        return i;
    }

    /** The section a path of numbers names, or null where the outline does not have it. */
    private static Section section(List<Section> sections, List<String> path) {
        Section found = null;
        List<Section> level = sections;
        for (String number : path) {
            found = level.stream().filter(s -> Objects.equals(s.number(), number)).findFirst().orElse(null);
            if (found == null) {
                return null;
            }
            level = list(found.children());
        }
        return found;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
