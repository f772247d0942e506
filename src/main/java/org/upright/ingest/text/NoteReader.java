package org.upright.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.text.DocLine;
import org.upright.reference.MechanismMention;
import org.upright.reference.MechanismType;
import org.upright.reference.Mechanisms;

/**
 * Reads a document's notes as printed in its end matter or at its page feet: "12 JS3, p. 4." or a number on a line
 * of its own with the text on the lines after it, each note's UN symbols, paragraphs and the mechanisms those
 * symbols (or, failing them, the note's words) name.
 *
 * <p>Notes are numbered upward; a number is taken as the next note's if it is the one expected or up to two beyond
 * (a note whose number text extraction moved or lost must not stop the rest). Running headers between them are
 * skipped.
 */
public final class NoteReader {
    private static final Pattern NOTE_START = Pattern.compile("(\\d{1,3})(?:\\s+(\\S.*))?");
    private static final Pattern SYMBOL = Pattern.compile(
            "\\b(?:A|E|S|ST|CAT|CCPR|CERD|CEDAW|CRC|CMW|CRPD|CED)(?:/[A-Za-z0-9.-]*[A-Za-z0-9])+");
    private static final Pattern SEE_ALSO = Pattern.compile("(?i)\\bsee also\\b");
    private static final Pattern IBID = Pattern.compile("(?i)\\s*ibid\\b");
    private static final Pattern PARAS = Pattern.compile("(?i)\\bparas?\\.\\s*((?:\\d+(?:\\.\\d+)?(?:\\s*(?:-|–|and|,)\\s*)?)+)");
    private static final int MAX_SKIP = 2;

    /** A note as printed: its number and lines. */
    public record RawNote(int number, List<String> lines) {
        /** The note's lines joined. */
        public String text() {
            return String.join(" ", lines).replaceAll("\\s+", " ").strip();
        }
    }

    private final Mechanisms mechanisms;

    public NoteReader(Mechanisms mechanisms) {
        this.mechanisms = mechanisms;
    }

    /** The notes with their lines, in order. */
    public static List<RawNote> split(List<DocLine> lines) {
        List<RawNote> notes = new ArrayList<>();
        int expected = 1;
        for (DocLine line : lines) {
            String text = line.text();
            if (text.isEmpty() || LineShapes.isRunningHeader(text) || LineShapes.isJobNumber(text)) {
                continue;
            }
            Matcher m = NOTE_START.matcher(text);
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                if (n >= expected && n <= expected + MAX_SKIP) {
                    List<String> noteLines = new ArrayList<>();
                    if (m.group(2) != null) {
                        noteLines.add(m.group(2));
                    }
                    notes.add(new RawNote(n, noteLines));
                    expected = n + 1;
                    continue;
                }
            }
            if (!notes.isEmpty()) {
                notes.get(notes.size() - 1).lines().add(text);
            }
        }
        return notes;
    }

    /** The notes as the exchange format gives them. */
    public List<Endnote> read(List<DocLine> lines) {
        return split(lines).stream().map(n -> note(n.number(), n.text())).toList();
    }

    /** One note's symbols, paragraphs and mechanisms. */
    public Endnote note(int number, String text) {
        List<String> symbols = new ArrayList<>();
        Matcher s = SYMBOL.matcher(text);
        while (s.find()) {
            if (s.group().chars().filter(c -> c == '/').count() >= 2) {
                symbols.add(s.group());
            }
        }
        List<String> paras = new ArrayList<>();
        Matcher p = PARAS.matcher(text);
        while (p.find()) {
            for (String part : p.group(1).split("\\s*(?:,|and)\\s*")) {
                if (!part.isBlank()) {
                    paras.add(part.strip());
                }
            }
        }
        Set<String> named = mechanismsOf(text, symbols);
        return new Endnote(number, text, symbols, paras, List.copyOf(named));
    }

    /**
     * The mechanisms a note names: the treaty body of each symbol it cites, and the mechanisms or agencies it names
     * in words ("UNHCR submission", "Special Rapporteur on ..."), which symbols such as A/HRC/../Add.1 do not tell.
     */
    private Set<String> mechanismsOf(String text, List<String> symbols) {
        Set<String> named = new LinkedHashSet<>();
        symbols.forEach(symbol -> mechanisms.mechanismOfSymbol(symbol).ifPresent(named::add));
        for (MechanismMention mention : mechanisms.findMentions(text)) {
            if (mention.type() != MechanismType.OTHER) {
                named.addAll(mention.codes());
            }
        }
        return named;
    }

    /**
     * Who a statement citing each note speaks for, when its text does not say: the mechanisms of the sources the note
     * gives (what follows "See also" only supports them); "Ibid." repeats the previous note's.
     */
    public Map<Integer, List<String>> sources(List<Endnote> notes) {
        Map<Integer, List<String>> sources = new HashMap<>();
        List<String> previous = List.of();
        for (Endnote note : notes) {
            String first = SEE_ALSO.split(note.text(), 2)[0];
            List<String> found;
            if (IBID.matcher(first).lookingAt()) {
                found = previous;
            } else {
                List<String> symbols = new ArrayList<>();
                Matcher s = SYMBOL.matcher(first);
                while (s.find()) {
                    symbols.add(s.group());
                }
                found = List.copyOf(mechanismsOf(first, symbols));
            }
            sources.put(note.number(), found);
            previous = found;
        }
        return sources;
    }
}
