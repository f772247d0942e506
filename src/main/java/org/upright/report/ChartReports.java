package org.upright.report;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.upright.common.BadInputException;
import org.upright.common.UprightException;
import org.upright.reference.Country;

/**
 * The report "Recommendations to {State}: figures as of {day}": the State's recommendations counted and charted
 * ({@link ChartAnnex}) as self-contained HTML, A4 PDF (through {@link CompilationPdf}) or Word.
 */
public final class ChartReports {
    private final RecommendationCharts charts;

    /** Counts through the charts' service. */
    public ChartReports(RecommendationCharts charts) {
        this.charts = charts;
    }

    /**
     * Writes the report to the file, through a temporary file in the same directory so that a failure leaves none.
     *
     * @throws BadInputException when no recommendation to the State is indexed: there would be nothing to show
     */
    public void write(Country country, LocalDate day, CompilationFormat format, Path file) {
        CompilationReports.writeAtomically(file, render(country, day, format));
    }

    /** The report's bytes. */
    public byte[] render(Country country, LocalDate day, CompilationFormat format) {
        RecommendationFigures figures = charts.figures(country.alpha3(), day);
        if (figures.total() == 0) {
            throw new BadInputException("no recommendation to " + country.name() + " (" + country.alpha3()
                    + ") is indexed: there is nothing to chart; ingest its documents first");
        }
        ChartAnnex annex = ChartAnnex.of(figures);
        String title = title(country, day);
        String intro = figures.total() + " recommendations to " + country.name()
                + " are indexed; tracking statuses as recorded on " + day + ".";
        return switch (format) {
            case HTML -> html(title, intro, annex).getBytes(StandardCharsets.UTF_8);
            case PDF -> CompilationPdf.render(html(title, intro, annex), title);
            case DOCX -> docx(title, intro, annex);
        };
    }

    /** "Recommendations to {State}: figures as of {day}". */
    static String title(Country country, LocalDate day) {
        return "Recommendations to " + country.name() + ": figures as of " + day;
    }

    private static String html(String title, String intro, ChartAnnex annex) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>"
                + CompilationMarkup.escape(title) + "</title><style>"
                + "body{font-family:\"DejaVu Serif\",serif;max-width:50em;margin:2em auto}"
                + "figure{margin:1em 0;page-break-inside:avoid}figure img{width:100%;height:auto}"
                + "figcaption{font-size:.9em;font-style:italic}</style></head><body><h1>"
                + CompilationMarkup.escape(title) + "</h1><p>" + CompilationMarkup.escape(intro) + "</p>"
                + annex.xhtml() + "</body></html>";
    }

    private static byte[] docx(String title, String intro, ChartAnnex annex) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFRun heading = doc.createParagraph().createRun();
            heading.setBold(true);
            heading.setFontSize(16);
            heading.setText(title);
            doc.createParagraph().createRun().setText(intro);
            addCharts(doc, annex);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UprightException("cannot write the charts as Word: " + e.getMessage(), e);
        }
    }

    /** Appends each chart of the annex (its title, then the image 16 cm wide, or why there is none) to a document. */
    static void addCharts(XWPFDocument doc, ChartAnnex annex) throws IOException {
        for (ChartAnnex.Part part : annex.parts()) {
            XWPFRun name = doc.createParagraph().createRun();
            name.setBold(true);
            name.setText(part.title());
            XWPFParagraph body = doc.createParagraph();
            if (part.image() == null) {
                body.createRun().setText(part.none());
                continue;
            }
            body.setAlignment(ParagraphAlignment.CENTER);
            // 16 cm wide, the image's proportions kept
            int width = Units.toEMU(16 / 2.54 * 72);
            int height = (int) ((long) width * ChartAnnex.HEIGHT / ChartAnnex.WIDTH);
            try {
                body.createRun().addPicture(new ByteArrayInputStream(part.image().png()), PictureType.PNG,
                        part.image().id() + ".png", width, height);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
        }
    }
}
