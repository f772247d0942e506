package org.upright.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.upright.common.UprightException;

/**
 * The compilation's HTML laid out on A4 pages by openhtmltopdf: the UN symbol in the page header, page numbers in
 * the footer, table rows kept whole where they fit on a page.
 */
final class CompilationPdf {
    /*
     * Print rules added after the screen CSS so that they win: the screen layout centres a 50em column, which on
     * paper only wastes the margins. The back links of the endnotes mean nothing on paper (and their arrow is not
     * in the built-in fonts), so they are hidden.
     */
    private static final String PRINT_CSS = """
            @page{size:A4;margin:2.2cm 2cm 2cm 2cm;
              @top-right{content:"%s";font-family:"DejaVu Serif",serif;font-size:9pt;font-weight:bold}
              @bottom-center{content:counter(page) " / " counter(pages);font-family:"DejaVu Serif",serif;font-size:9pt}}
            body,table,th,td,h1,h2,h3,h4,p,li{font-family:"DejaVu Serif",serif}
            body{font-size:11pt;max-width:none;margin:0}
            h1,h2,h3,h4{page-break-after:avoid}
            table{-fs-table-paginate:paginate;font-size:9pt}
            thead{display:table-header-group}
            table{page-break-inside:avoid}
            tr{page-break-inside:avoid}
            p.para{orphans:2;widows:2}
            a{color:#000;text-decoration:none}
            a.back{display:none}
            ol.endnotes cite{white-space:nowrap}
            sup.ref+sup.ref:before{content:","}
            """;

    static {
        // openhtmltopdf logs every stage at INFO through java.util.logging, which a command-line user would see
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    /** A shipped font file and the weight and style it draws. */
    private record FontFile(String file, int weight, BaseRendererBuilder.FontStyle style) {
    }

    private static final java.util.List<FontFile> FONTS = java.util.List.of(
            new FontFile("DejaVuSerif.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL),
            new FontFile("DejaVuSerif-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL),
            new FontFile("DejaVuSerif-Italic.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC));

    private CompilationPdf() {
    }

    /** The PDF of the HTML; the symbol (may be null) heads every page. */
    static byte[] render(String html, String symbol) {
        Document parsed = Jsoup.parse(html);
        parsed.head().appendElement("style").appendText(PRINT_CSS.formatted(cssString(symbol)));
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(parsed);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // the built-in PDF fonts cover Western European letters only; DejaVu Serif (shipped, subset into each
            // file) draws the Cyrillic, Turkish, Baltic or Vietnamese names of other States' compilations
            for (FontFile font : FONTS) {
                builder.useFont(() -> CompilationPdf.class.getResourceAsStream("fonts/" + font.file()), "DejaVu Serif",
                        font.weight(), font.style(), true);
            }
            builder.withW3cDocument(dom, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new UprightException("cannot lay out the compilation as PDF: " + e.getMessage());
        }
        return pdf.toByteArray();
    }

    /** The text as the inside of a CSS string: quotes and backslashes escaped, line breaks dropped. */
    static String cssString(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
