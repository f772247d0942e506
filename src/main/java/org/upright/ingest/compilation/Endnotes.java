package org.upright.ingest.compilation;

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
 * Reads the notes at the end of a compilation: each note's number and text, the UN symbols it cites with the
 * paragraphs, and the mechanism each symbol (or the note's wording, "UNHCR submission") names.
 */
final class Endnotes {
    private static final Pattern NOTE_START = Pattern.compile("(\\d{1,3})(?:\\s+(\\S.*))?");
    private static final Pattern SYMBOL = Pattern.compile(
            "\\b(?:A|E|S|ST|CAT|CCPR|CERD|CEDAW|CRC|CMW|CRPD|CED)(?:/[A-Za-z0-9.-]*[A-Za-z0-9])+");
    private static final Pattern SEE_ALSO = Pattern.compile("(?i)\\bsee also\\b");
    private static final Pattern IBID = Pattern.compile("(?i)\\s*ibid\\b");
    private static final Pattern PARAS = Pattern.compile("(?i)\\bparas?\\.\\s*((?:\\d+(?:\\s*(?:-|–|and|,)\\s*)?)+)");

    private final Mechanisms mechanisms;

    Endnotes(Mechanisms mechanisms) {
        this.mechanisms = mechanisms;
    }

    List<Endnote> read(List<DocLine> lines) {
        List<Integer> numbers = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        for (DocLine line : lines) {
            String text = line.text();
            if (text.isEmpty()) {
                continue;
            }
            Matcher m = NOTE_START.matcher(text);
            if (m.matches() && Integer.parseInt(m.group(1)) == (numbers.isEmpty() ? 1 : numbers.get(numbers.size() - 1) + 1)) {
                numbers.add(Integer.valueOf(m.group(1)));
                texts.add(new StringBuilder(m.group(2) == null ? "" : m.group(2)));
            } else if (!texts.isEmpty()) {
                StringBuilder current = texts.get(texts.size() - 1);
                if (!current.isEmpty()) {
                    current.append(' ');
                }
                current.append(text);
            }
        }
        List<Endnote> notes = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            notes.add(note(numbers.get(i), texts.get(i).toString().strip()));
        }
        return notes;
    }

    private Endnote note(int number, String text) {
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
        return new Endnote(number, text, symbols, paras, List.copyOf(mechanismsOf(text, symbols)));
    }

    /**
     * The mechanisms a note names: the treaty body of each symbol it cites, and the mechanisms or agencies it names
     * in words where a symbol does not tell ("UNHCR submission", "A/HRC/13/23/Add.1 (Special Rapporteur on ...)").
     */
    private Set<String> mechanismsOf(String text, List<String> symbols) {
        Set<String> named = new LinkedHashSet<>();
        for (String symbol : symbols) {
            mechanisms.mechanismOfSymbol(symbol).ifPresent(named::add);
        }
        for (MechanismMention mention : mechanisms.findMentions(text)) {
            if (mention.type() != MechanismType.OTHER) {
                named.addAll(mention.codes()); // "UNHCR submission", "Special Rapporteur on ..."
            }
        }
        return named;
    }

    /**
     * Who a statement citing these notes speaks for, when its text does not say: the mechanisms of the sources each
     * note gives (what follows "See also" only supports them); "Ibid." repeats the previous note's.
     */
    static Map<Integer, List<String>> sources(List<Endnote> notes, Endnotes reader) {
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
                found = List.copyOf(reader.mechanismsOf(first, symbols));
            }
            sources.put(note.number(), found);
            previous = found;
        }
        return sources;
    }
}
