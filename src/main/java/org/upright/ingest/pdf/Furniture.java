package org.upright.ingest.pdf;

import java.util.regex.Pattern;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.LineStyle;

/**
 * Recognises page furniture, the text the UN prints on every page around the body: the document symbol as running
 * header, page numbers, the job number ("GE.19-14870(E)") with its barcode and dates, and "Please recycle".
 */
final class Furniture {
    /** A UN document symbol: "A/HRC/WG.6/34/SVN/2", "CAT/C/KAZ/CO/2", "E/C.12/SVN/CO/2", "A/HRC/14/10/Add.1". */
    static final Pattern SYMBOL = Pattern.compile("(?=.*\\d)[A-Z]{1,6}(?:\\.\\d+)?(?:/[A-Za-z0-9.-]+){2,}");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(?:page\\s+)?\\d{1,4}|[-–]\\s*\\d{1,4}\\s*[-–]");
    private static final Pattern JOB = Pattern.compile("(?i)GE\\.\\d{2}-\\d{4,6}\\b.*|please recycle.*|\\*\\d{5,9}\\*");
    /** Furniture is printed in the page's outer bands: the top and the bottom this share of the height. */
    private static final float BAND = 0.15f;

    private Furniture() {
    }

    /** The job number, its barcode text or the recycling note: furniture wherever they stand in the bands. */
    static boolean isJobLine(DocLine line, float pageHeight) {
        return inBand(line, pageHeight) && JOB.matcher(line.text()).matches();
    }

    /**
     * Whether an outermost line of a page is a running header or footer: every segment a document symbol or a page
     * number.
     */
    static boolean isRunningLine(DocLine line, float pageHeight) {
        if (!inBand(line, pageHeight)) {
            return false;
        }
        if (line.style() == null || line.style().segments().isEmpty()) {
            return isRunningText(line.text());
        }
        for (LineStyle.Segment s : line.style().segments()) {
            if (!isRunningText(s.text())) {
                return false;
            }
        }
        return true;
    }

    static boolean isSymbol(String text) {
        return SYMBOL.matcher(text).matches();
    }

    private static boolean isRunningText(String text) {
        String t = text.strip();
        return SYMBOL.matcher(t).matches() || PAGE_NUMBER.matcher(t).matches()
                || t.matches("(?i)[A-Z]{1,6}(?:\\.\\d+)?(?:/[A-Za-z0-9.-]+){2,}\\s+page\\s+\\d{1,4}");
    }

    private static boolean inBand(DocLine line, float pageHeight) {
        float y = line.style() == null ? 0 : line.style().y();
        return y < BAND * pageHeight || y > (1 - BAND) * pageHeight;
    }
}
