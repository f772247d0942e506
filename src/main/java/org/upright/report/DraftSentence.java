package org.upright.report;

import java.util.List;

/**
 * One sentence of the next-cycle draft: its theme, its text in the compilation's voice, the year it was said, and
 * where it comes from, with the endnote that cites it.
 *
 * @param note    the endnote's text: the UN's own citation where the source gives one, else symbol and paragraph
 * @param symbols the UN symbols the endnote names
 */
record DraftSentence(DraftTheme theme, String text, Integer year, DraftSource source, String note,
                     List<String> symbols) {
    DraftSentence {
        symbols = List.copyOf(symbols);
    }
}
