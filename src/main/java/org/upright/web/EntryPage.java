package org.upright.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Recommendation;
import org.upright.ingest.model.Statement;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.StatementSpans;
import org.upright.ingest.store.StoredDocument;
import org.upright.search.Cluster;
import org.upright.search.SearchHit;
import org.upright.search.SearchIndex;
import org.upright.search.SearchQuery;

/**
 * One search entry (a statement "s:12:5", a UPR recommendation "r:12:3" or a paragraph "p:12:7", the ids the index
 * gives) with everything its page shows: the sentence inside its paragraph, the document, the notes it cites, who
 * said it, and the entries like it. Read from the stored document, not the index, so the page shows what was stored.
 *
 * @param before   the paragraph's text before the sentence ("" when the entry is the whole text)
 * @param marked   the sentence (or the whole text)
 * @param after    the paragraph's text after the sentence
 * @param cluster  the near-identical entries of the same State grouped with this one (without it), or empty
 */
record EntryPage(String id, String type, StoredDocument document, Integer paragraph, Integer page, String number,
                 String before, String marked, String after, List<String> speakers, String reportedBy, Integer year,
                 String kind, String position, List<Endnote> notes, List<SearchHit> similar, List<SearchHit> cluster) {
    private static final Pattern ID = Pattern.compile("([srp]):(\\d{1,18}):(\\d{1,9})");
    static final int SIMILAR = 8;
    static final double CLUSTER_THRESHOLD = 0.5;

    /** The page's address of an entry id (safe to put in an href: the id's characters need no escaping). */
    static String url(String id) {
        return "/entries/" + id;
    }

    /**
     * The entry with this id.
     *
     * @throws NotFoundException when the id is malformed or names no stored entry
     */
    static EntryPage of(String id, DocumentStore store, SearchIndex index) {
        Matcher m = ID.matcher(id == null ? "" : id);
        if (!m.matches()) {
            throw new NotFoundException("no entry has the id \"" + id + "\"");
        }
        long documentId = Long.parseLong(m.group(2));
        int ordinal = Integer.parseInt(m.group(3));
        StoredDocument stored = store.find(documentId)
                .orElseThrow(() -> new NotFoundException("no stored document has the id " + documentId));
        ExtractedDocument doc = store.load(documentId);
        EntryPage page = switch (m.group(1)) {
            case "s" -> statement(id, stored, doc, ordinal);
            case "r" -> recommendation(id, stored, doc, ordinal);
            default -> paragraph(id, stored, doc, ordinal);
        };
        if (page == null) {
            throw new NotFoundException("no entry has the id \"" + id + "\"");
        }
        return page.withRelated(index);
    }

    private static EntryPage statement(String id, StoredDocument stored, ExtractedDocument doc, int ordinal) {
        int n = 0;
        for (Paragraph p : list(doc.paragraphs())) {
            List<Statement> statements = list(p.statements());
            if (ordinal >= n + statements.size()) {
                n += statements.size();
                continue;
            }
            int at = ordinal - n;
            Statement s = statements.get(at);
            StatementSpans.Span span = StatementSpans.locate(p.text(), statements).get(at);
            String text = p.text() == null ? "" : p.text();
            return new EntryPage(id, "statement", stored, p.number(), p.page(), null,
                    span == null ? "" : text.substring(0, span.start()), span == null ? s.text()
                    : text.substring(span.start(), span.end()), span == null ? "" : text.substring(span.end()),
                    list(s.speakers()), s.reportedBy(), s.year(), s.kind(), null, notes(doc, s.footnotes()),
                    List.of(), List.of());
        }
        return null;
    }

    private static EntryPage recommendation(String id, StoredDocument stored, ExtractedDocument doc, int ordinal) {
        List<Recommendation> all = list(doc.recommendations());
        if (ordinal >= all.size()) {
            return null;
        }
        Recommendation r = all.get(ordinal);
        return new EntryPage(id, "recommendation", stored, null, null, r.number(), "", String.valueOf(r.text()), "",
                list(r.recommendingStates()), null, null, "recommendation",
                r.position() == null ? null : r.position().toLowerCase(java.util.Locale.ROOT), List.of(), List.of(),
                List.of());
    }

    private static EntryPage paragraph(String id, StoredDocument stored, ExtractedDocument doc, int ordinal) {
        List<Paragraph> all = list(doc.paragraphs());
        if (ordinal >= all.size()) {
            return null;
        }
        Paragraph p = all.get(ordinal);
        return new EntryPage(id, "paragraph", stored, p.number(), p.page(), null, "", String.valueOf(p.text()), "",
                List.of(), null, null, p.kind(), null, notes(doc, p.footnotes()), List.of(), List.of());
    }

    /** The same entry with the entries most like it and its cluster among the State's entries of its type. */
    private EntryPage withRelated(SearchIndex index) {
        List<SearchHit> like = index.similar(id, SIMILAR);
        List<SearchHit> members = List.of();
        if (document.country() != null) {
            SearchQuery same = new SearchQuery("", Map.of("country", List.of(document.country()),
                    "type", List.of(type)), SearchQuery.Sort.RELEVANCE, 0, SearchQuery.MAX_LIMIT, false, false);
            for (Cluster c : index.clusters(same, CLUSTER_THRESHOLD)) {
                if (c.members().stream().anyMatch(h -> h.id().equals(id))) {
                    members = c.members().stream().filter(h -> !h.id().equals(id)).toList();
                    break;
                }
            }
        }
        return new EntryPage(id, type, document, paragraph, page, number, before, marked, after, speakers,
                reportedBy, year, kind, position, notes, like, members);
    }

    /** The document's page, at the paragraph when there is one. */
    String documentUrl() {
        return "/documents/" + document.id() + (paragraph == null ? "" : "#p" + paragraph);
    }

    /** The document's name: its symbol, or its file's name when it has none. */
    String symbol() {
        return document.symbol() != null ? document.symbol() : document.fileName();
    }

    /** The endnotes cited, in the order cited; a number the document has no note for is left out. */
    private static List<Endnote> notes(ExtractedDocument doc, List<Integer> numbers) {
        List<Endnote> notes = new ArrayList<>();
        for (Integer number : list(numbers)) {
            list(doc.endnotes()).stream().filter(e -> number != null && e.number() == number).findFirst()
                    .ifPresent(notes::add);
        }
        return notes;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
