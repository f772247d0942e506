package org.upright.report;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles a compilation uses, defined in the document itself: a blank POI document has none, and Word
 * and LibreOffice only show a heading (and put it in the navigation pane) when its style exists.
 */
final class CompilationDocxStyles {
    static final int HEADING_LEVELS = 4;

    private CompilationDocxStyles() {
    }

    static void define(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        add(styles, "Title", "Title", null, 16);
        int[] sizes = {14, 13, 12, 12};
        for (int level = 1; level <= HEADING_LEVELS; level++) {
            add(styles, "Heading" + level, "heading " + level, level - 1, sizes[level - 1]);
        }
    }

    private static void add(XWPFStyles styles, String id, String name, Integer outlineLevel, int points) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        if (outlineLevel != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        styles.addStyle(new XWPFStyle(style, styles));
    }

    /** The style of a section heading at that depth (1 for the top sections); deeper ones share the last level. */
    static String heading(int depth) {
        return "Heading" + Math.min(Math.max(depth, 1), HEADING_LEVELS);
    }
}
