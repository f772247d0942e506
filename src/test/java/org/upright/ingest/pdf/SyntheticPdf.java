package org.upright.ingest.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes small PDFs laid out like UN documents (A4, Times, superscript references, separator rules, footnotes) for
 * tests and benchmarks: positions are in points from the page's top-left corner, y is a baseline.
 */
public final class SyntheticPdf implements AutoCloseable {
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    private static final PDType1Font ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);

    private final PDDocument document = new PDDocument();
    private PDPageContentStream content;
    private boolean landscape;

    /** The style a run of text is printed in. */
    public enum Face {
        ROMAN, BOLD, ITALIC
    }

    /** Starts a new page. */
    public SyntheticPdf page() {
        try {
            closePage();
            landscape = false;
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a landscape page the way word processors make one: an A4 page turned by its /Rotate entry, the text
     * drawn turned the other way so that it reads upright; positions are on the page as it is shown.
     */
    public SyntheticPdf landscapePage() {
        page();
        document.getPage(document.getNumberOfPages() - 1).setRotation(90);
        landscape = true;
        return this;
    }

    /** Text in Times Roman on a baseline. */
    public SyntheticPdf text(float x, float y, float size, String text) {
        return text(x, y, size, Face.ROMAN, text);
    }

    public SyntheticPdf text(float x, float y, float size, Face face, String text) {
        try {
            content.beginText();
            content.setFont(font(face), size);
            if (landscape) {
                // Shown turned a quarter clockwise: the shown (x, y from top) is (y, x) in the page's own space.
                content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, y, x));
            } else {
                content.newLineAtOffset(x, PAGE_HEIGHT - y);
            }
            content.showText(text);
            content.endText();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line written piece by piece, superscripts raised and smaller, each piece after the one before. */
    public Line line(float x, float y, float size) {
        return new Line(x, y, size);
    }

    /** A horizontal rule 0.5 pt thick, as word processors draw the footnote separator. */
    public SyntheticPdf rule(float x, float y, float width) {
        try {
            content.addRect(x, PAGE_HEIGHT - y, width, 0.5f);
            content.fill();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled box, as a scanned page's image would cover the page, without any text. */
    public SyntheticPdf box(float x, float y, float width, float height) {
        try {
            content.addRect(x, PAGE_HEIGHT - y - height, width, height);
            content.fill();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's bytes. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            closePage();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the document to a file. */
    public void save(Path file) {
        try {
            closePage();
            document.save(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Protects the document: a user password to open it (may be empty) and an owner password. */
    public SyntheticPdf protect(String owner, String user) {
        try {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            closePage();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private static PDType1Font font(Face face) {
        return switch (face) {
            case ROMAN -> ROMAN;
            case BOLD -> BOLD;
            case ITALIC -> ITALIC;
        };
    }

    static float width(String text, float size, Face face) {
        try {
            return font(face).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line of text written in pieces. */
    public final class Line {
        private final float y;
        private final float size;
        private float x;

        private Line(float x, float y, float size) {
            this.x = x;
            this.y = y;
            this.size = size;
        }

        /** Text in the line's size. */
        public Line text(String text) {
            return text(text, Face.ROMAN);
        }

        public Line text(String text, Face face) {
            SyntheticPdf.this.text(x, y, size, face, text);
            x += width(text, size, face);
            return this;
        }

        /** A superscript: two thirds of the size, raised by a third, as Word sets footnote references. */
        public Line sup(String text) {
            float small = size * 0.65f;
            SyntheticPdf.this.text(x, y - size * 0.33f, small, Face.ROMAN, text);
            x += width(text, small, Face.ROMAN);
            return this;
        }

        /** Leaves a gap, as a stretched space of a justified line does. */
        public Line skip(float points) {
            x += points;
            return this;
        }

        /** Moves on to a position, as a tab does. */
        public Line at(float position) {
            x = position;
            return this;
        }

        public SyntheticPdf done() {
            return SyntheticPdf.this;
        }
    }
}
