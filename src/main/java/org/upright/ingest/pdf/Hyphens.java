package org.upright.ingest.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.FootnoteRef;
import org.upright.ingest.text.LineStyle.Segment;

/**
 * Re-joins words broken at a line end: always where the break is a soft hyphen (U+00AD, printed only at a line
 * break); where it is an ordinary hyphen, only when the document spells the word elsewhere without the hyphen and
 * never with it ("imple-" "mentation" is joined, "well-" "being" stays a compound). The second part moves up to the
 * first line. Soft hyphens left inside lines are removed.
 */
final class Hyphens {
    private static final char SOFT = GlyphText.SOFT_HYPHEN;
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    private static final Pattern LAST_PART = Pattern.compile("(\\p{L}+)[-\u00AD]$");
    private static final Pattern FIRST_PART = Pattern.compile("^(\\p{Ll}+)");

    private Hyphens() {
    }

    static List<DocLine> repair(List<DocLine> lines) {
        Set<String> words = null;
        List<DocLine> out = new ArrayList<>(lines);
        for (int i = 0; i + 1 < out.size(); i++) {
            DocLine line = out.get(i);
            DocLine next = out.get(i + 1);
            String text = line.text();
            if (text.isEmpty() || !isHyphen(text.charAt(text.length() - 1))) {
                continue;
            }
            if (words == null) {
                words = words(lines); // only for documents that break a line after a hyphen at all
            }
            Matcher last = LAST_PART.matcher(text.substring(Math.max(0, text.length() - 60)));
            Matcher first = FIRST_PART.matcher(next.text());
            if (!last.find() || !first.find() || next.style().segments().isEmpty()) {
                continue;
            }
            boolean soft = text.charAt(text.length() - 1) == SOFT;
            String joined = (last.group(1) + first.group(1)).toLowerCase(Locale.ROOT);
            String compound = (last.group(1) + "-" + first.group(1)).toLowerCase(Locale.ROOT);
            if (soft || (words.contains(joined) && !words.contains(compound))) {
                DocLine[] moved = join(line, next);
                out.set(i, moved[0]);
                out.set(i + 1, moved[1]);
            }
        }
        List<DocLine> clean = new ArrayList<>(out.size());
        for (DocLine line : out) {
            DocLine c = line.text().indexOf(SOFT) >= 0 ? withoutSoftHyphens(line) : line;
            if (!c.text().isEmpty() || !c.refs().isEmpty()) {
                clean.add(c);
            }
        }
        return clean;
    }

    /** Every word of the document in lower case, compounds both whole and in parts. */
    private static Set<String> words(List<DocLine> lines) {
        Set<String> words = new HashSet<>();
        for (DocLine line : lines) {
            Matcher m = WORD.matcher(line.text());
            while (m.find()) {
                boolean broken = m.end() == line.text().length() - 1 && isHyphen(line.text().charAt(m.end()));
                if (!broken) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == SOFT;
    }

    /** Moves the first word of the next line, with the references in it, onto the end of the line, hyphen removed. */
    private static DocLine[] join(DocLine line, DocLine next) {
        List<Segment> nextSegments = new ArrayList<>(next.style().segments());
        Segment head = nextSegments.get(0);
        int wordEnd = head.text().indexOf(' ');
        wordEnd = wordEnd < 0 ? head.text().length() : wordEnd;
        int restStart = wordEnd;
        while (restStart < head.text().length() && head.text().charAt(restStart) == ' ') {
            restStart++;
        }
        String word = head.text().substring(0, wordEnd);
        List<FootnoteRef> wordRefs = new ArrayList<>();
        List<FootnoteRef> restRefs = new ArrayList<>();
        for (FootnoteRef r : head.refs()) {
            if (r.offset() <= wordEnd) {
                wordRefs.add(r);
            } else {
                restRefs.add(new FootnoteRef(r.number(), r.offset() - restStart));
            }
        }
        nextSegments.set(0, new Segment(head.x(), head.xEnd(), head.text().substring(restStart), restRefs));

        List<Segment> segments = new ArrayList<>(line.style().segments());
        Segment tail = segments.get(segments.size() - 1);
        int cut = tail.text().length() - 1;
        Segment joined = Lines.replace(tail, cut, cut + 1, "");
        List<FootnoteRef> refs = new ArrayList<>(joined.refs());
        for (FootnoteRef r : wordRefs) {
            refs.add(new FootnoteRef(r.number(), cut + r.offset()));
        }
        segments.set(segments.size() - 1, new Segment(tail.x(), tail.xEnd(), joined.text() + word, refs));
        return new DocLine[] {Lines.withSegments(line, segments), Lines.withSegments(next, nextSegments)};
    }

    private static DocLine withoutSoftHyphens(DocLine line) {
        List<Segment> segments = new ArrayList<>();
        for (Segment s : line.style().segments()) {
            Segment c = s;
            for (int at = c.text().indexOf(SOFT); at >= 0; at = c.text().indexOf(SOFT)) {
                c = Lines.replace(c, at, at + 1, "");
            }
            segments.add(c);
        }
        return Lines.withSegments(line, segments);
    }
}
