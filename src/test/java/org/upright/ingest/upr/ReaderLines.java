package org.upright.ingest.upr;

import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.ReadDocument;

/**
 * Builds documents as the PDF reader delivers them: one printed line per line, a number and its text on one line,
 * footnote numbers already taken out, running headers and page numbers still there. "---" starts a new page.
 */
final class ReaderLines {
    private ReaderLines() {
    }

    static ReadDocument of(String name, String text) {
        List<DocLine> lines = new ArrayList<>();
        int page = 1;
        boolean pageBreak = false;
        for (String line : text.strip().split("\n")) {
            if (line.strip().equals("---")) {
                page++;
                pageBreak = true;
                continue;
            }
            lines.add(DocLine.plain(line.strip(), page, pageBreak));
            pageBreak = false;
        }
        return new ReadDocument(name, lines, List.of(), true, page);
    }
}
