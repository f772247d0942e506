package org.upright.bench;

import java.nio.file.Path;
import org.upright.ingest.pdf.SyntheticPdf;
import org.upright.ingest.pdf.SyntheticPdf.Face;

/**
 * Writes a long UN-like PDF with PDFBox: per page a running header, five numbered paragraphs of justified-looking
 * lines with superscript references, a footnote separator with the page's notes below it, and a page number.
 */
public final class BigPdf {
    private static final String[] WORDS = ("the Committee recommended that the State party take effective measures "
            + "to ensure that all allegations of torture and ill-treatment are promptly and impartially investigated "
            + "by an independent body and that perpetrators are prosecuted and punished").split(" ");

    private BigPdf() {
    }

    /** Writes the document; returns the number of references it holds (they run 1..n). */
    public static int write(Path file, int pages) {
        int reference = 0;
        int paragraph = 0;
        try (SyntheticPdf pdf = new SyntheticPdf()) {
            for (int p = 1; p <= pages; p++) {
                pdf.page();
                if (p > 1) {
                    pdf.text(56.7f, 51, 9, Face.BOLD, "A/HRC/WG.6/34/XYZ/2");
                } else {
                    pdf.line(119.7f, 50, 14).text("United Nations").at(430).text("A/HRC/WG.6/34/XYZ/2");
                    pdf.text(113.4f, 90, 14, Face.BOLD, "Compilation on a State");
                }
                int first = reference + 1;
                float y = 120;
                for (int k = 0; k < 5; k++) {
                    paragraph++;
                    for (int line = 0; line < 8; line++, y += 12) {
                        SyntheticPdf.Line l = pdf.line(113.4f, y, 10);
                        if (line == 0) {
                            l.text(paragraph + ".").at(141.7f);
                        }
                        l.text(words(p * 31 + k * 7 + line, line == 0 ? 9 : 12));
                        if (line == 3 || line == 7) {
                            l.text(",").sup(String.valueOf(++reference)).text(" and so on");
                        }
                    }
                    y += 6;
                }
                pdf.rule(56.7f, 672, 72);
                float noteY = 684;
                for (int n = first; n <= reference; n++, noteY += 11) {
                    pdf.line(56.7f, noteY, 9).sup(String.valueOf(n)).at(70)
                            .text("CAT/C/XYZ/CO/" + n + ", para. " + n + ".");
                }
                pdf.text(56.7f, 811, 9, Face.BOLD, String.valueOf(p));
            }
            pdf.save(file);
        }
        return reference;
    }

    private static String words(int seed, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[(seed + i * 5) % WORDS.length]);
        }
        return text.toString();
    }
}
