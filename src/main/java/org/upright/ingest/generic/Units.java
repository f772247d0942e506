package org.upright.ingest.generic;

import org.upright.ingest.text.SentenceSpans;
import org.upright.ingest.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a paragraph into the units that become its statements: one per sentence, one per lettered sub-paragraph,
 * and one per clause where a sentence changes kind or opens with a "While noting ..." clause. The units tile the
 * paragraph: their texts joined with single spaces give it back.
 */
public final class Units {

    /**
     * A unit: its span; the letter of the sub-paragraph it opens (0 for none); whether it stands inside a lettered
     * sub-paragraph after that sub-paragraph's first sentence; whether it is a subordinate clause.
     */
    public record Unit(Span span, char letter, boolean inItem, boolean subordinate) {
        /** Whether the unit opens a lettered sub-paragraph. */
        public boolean item() {
            return letter != 0;
        }

        /** Whether the unit leads into a list ("The State party should:"). */
        public boolean leadsList(String text) {
            return span.of(text).endsWith(":");
        }
    }

    private Units() {
    }

    /** The units of a paragraph's text, in order. */
    public static List<Unit> of(String text) {
        List<Unit> units = new ArrayList<>();
        for (SubParagraphs.Piece piece : SubParagraphs.split(text)) {
            List<Span> sentences = SentenceSpans.split(text, piece.span());
            for (int i = 0; i < sentences.size(); i++) {
                if (piece.item() && i == 0) {
                    units.add(new Unit(sentences.get(i), piece.letter(), false, false));
                    continue;
                }
                for (ClauseCuts.Clause clause : ClauseCuts.split(text, sentences.get(i))) {
                    units.add(new Unit(clause.span(), (char) 0, piece.item(), clause.subordinate()));
                }
            }
        }
        return units;
    }
}
