package org.upright.ingest.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Walks a document page by page and hands each page's glyphs and horizontal rules to a {@link PageSink} as soon as
 * the page is done, so that no more than one page's text positions are held at a time. PDFBox's own text ordering is
 * not used: only its glyph positions (with overlapping duplicates of fake-bold text suppressed).
 */
final class PageStripper extends PDFTextStripper {
    /** A UN page holds some 5,000 glyphs; far more is a hostile or broken file, not a document. */
    static final int MAX_GLYPHS_PER_PAGE = 200_000;

    /** Receives each page when it has been read. */
    interface PageSink {
        void page(int number, float width, float height, List<Glyph> glyphs, List<Rule> rules);
    }

    private final PageSink sink;
    private final RuleCollector rules = new RuleCollector(this);
    private final Map<PDFont, FontStyle> styles = new IdentityHashMap<>();
    private float pageWidth;
    private float pageHeight;
    private int glyphsOnPage;
    /** The page's glyphs so far, and the last one, held back in case an accent drawn after it belongs to it. */
    private List<Glyph> glyphs = new ArrayList<>();
    private TextPosition pending;

    private record FontStyle(boolean bold, boolean italic, boolean barcode) {
    }

    PageStripper(PageSink sink) {
        this.sink = sink;
        setSortByPosition(false);
        setShouldSeparateByBeads(false);
        setSuppressDuplicateOverlappingText(false);
        rules.register();
    }

    /** Reads every page of the document into the sink. */
    void read(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        PDRectangle box = page.getCropBox();
        // PDFBox gives a rotated page's glyphs in the upright reading position: so are its width and height here.
        boolean sideways = page.getRotation() % 180 != 0;
        pageWidth = sideways ? box.getHeight() : box.getWidth();
        pageHeight = sideways ? box.getWidth() : box.getHeight();
        glyphsOnPage = 0;
        glyphs = new ArrayList<>();
        pending = null;
        rules.start(box, page.getRotation());
        super.startPage(page);
    }

    /**
     * Takes each glyph as PDFBox places it, merging a separately drawn accent into its letter as PDFBox's own stripper
     * does; PDFBox's duplicate detection (costly sorted maps) is replaced by a cheaper one per line, see
     * {@link LineGrouper}.
     */
    @Override
    protected void processTextPosition(TextPosition text) {
        if (++glyphsOnPage > MAX_GLYPHS_PER_PAGE) {
            throw new HostileInput("page " + getCurrentPageNo() + " holds more than " + MAX_GLYPHS_PER_PAGE
                    + " characters");
        }
        if (pending != null) {
            if (text.isDiacritic() && pending.contains(text)) {
                pending.mergeDiacritic(text);
                return;
            }
            if (pending.isDiacritic() && text.contains(pending)) {
                text.mergeDiacritic(pending);
            } else {
                keep(pending);
            }
        }
        pending = text;
    }

    @Override
    protected void writePage() {
        if (pending != null) {
            keep(pending);
            pending = null;
        }
        sink.page(getCurrentPageNo(), pageWidth, pageHeight, glyphs, rules.finish());
        glyphs = new ArrayList<>();
    }

    private void keep(TextPosition p) {
        Glyph g = glyph(p);
        if (g != null) {
            glyphs.add(g);
        }
    }

    private Glyph glyph(TextPosition p) {
        FontStyle style = style(p.getFont());
        if (style.barcode) {
            return null; // the job number's barcode on the first page
        }
        float x = p.getXDirAdj();
        float y = p.getYDirAdj();
        float width = p.getWidthDirAdj();
        float size = Math.abs(p.getTextMatrix().getScalingFactorY());
        if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(width) || !Float.isFinite(size)
                || size < 0.5f || size > 500f) {
            return null;
        }
        // Glyphs outside the visible page are not part of the document.
        if (x < -1 || x > pageWidth + 1 || y < 0 || y > pageHeight + size) {
            return null;
        }
        String text = GlyphText.normalise(p.getUnicode());
        if (text.isEmpty()) {
            return null;
        }
        float space = p.getWidthOfSpace();
        return new Glyph(text, x, x + Math.max(width, 0f), y, round(size), Float.isFinite(space) ? space : 0f,
                style.bold, style.italic);
    }

    private static float round(float size) {
        return Math.round(size * 10f) / 10f;
    }

    private FontStyle style(PDFont font) {
        if (font == null) {
            return new FontStyle(false, false, false);
        }
        return styles.computeIfAbsent(font, PageStripper::styleOf);
    }

    private static FontStyle styleOf(PDFont font) {
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        PDFontDescriptor descriptor = font.getFontDescriptor();
        boolean bold = name.contains("bold") || name.contains("black") || name.contains("heavy")
                || (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600));
        boolean italic = name.contains("italic") || name.contains("oblique")
                || (descriptor != null && descriptor.isItalic());
        boolean barcode = name.contains("c39") || name.contains("code39") || name.contains("3of9")
                || name.contains("barcode");
        return new FontStyle(bold, italic, barcode);
    }
}
