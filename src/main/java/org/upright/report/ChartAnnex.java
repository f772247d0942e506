package org.upright.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.upright.common.UprightException;

/**
 * The charts of a report: a State's recommendations by body or State, theme, year and tracking status month by
 * month, drawn by XChart as PNG images of fixed size, colours and font (DejaVu Serif, as the PDF), given as an XHTML
 * section for the PDF and HTML reports (images as data URIs) and as images with their titles for Word.
 */
public final class ChartAnnex {
    static {
        // charts are drawn on servers without a display
        System.setProperty("java.awt.headless", "true");
    }

    static final int WIDTH = 900;
    static final int HEIGHT = 480;
    /**
     * The image's size on paper, in its own style attribute so that it holds in whichever report the section is
     * appended to: 16 cm wide fits A4 between the margins; the height keeps the image's proportions.
     */
    private static final String IMAGE_STYLE = String.format(Locale.ROOT, "width:16cm;height:%.2fcm",
            16.0 * HEIGHT / WIDTH);
    /** Colour-blind-safe (Okabe-Ito), fixed so that the same status has the same colour in every report. */
    private static final Color[] COLOURS = {new Color(0x99, 0x99, 0x99), new Color(0xE6, 0x9F, 0x00),
        new Color(0x56, 0xB4, 0xE9), new Color(0x00, 0x9E, 0x73), new Color(0xD5, 0x5E, 0x00),
        new Color(0x00, 0x72, 0xB2), new Color(0xCC, 0x79, 0xA7)};
    private static final Color BAR = new Color(0x00, 0x72, 0xB2);
    private static final Font FONT = font();

    /** One chart drawn: its id, its title (the caption) and the PNG image. */
    public record Image(String id, String title, byte[] png) {
    }

    /** A chart of the annex: drawn, or a sentence saying why there is nothing to draw. */
    public record Part(String title, Image image, String none) {
    }

    private final List<Part> parts;

    private ChartAnnex(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The report charts of the figures (body, theme, year, status over time), drawn. */
    public static ChartAnnex of(RecommendationFigures figures) {
        List<Part> parts = new ArrayList<>();
        for (String id : RecommendationCharts.REPORTED) {
            ChartData chart = figures.chart(id).orElseThrow();
            String title = title(id);
            parts.add(chart.isEmpty() ? new Part(title, null, none(id))
                    : new Part(title, new Image(id, title, png(chart, title)), null));
        }
        return new ChartAnnex(parts);
    }

    /** The charts and the sentences standing for those without data, in order. */
    public List<Part> parts() {
        return parts;
    }

    /** The charts drawn, with their titles, for a Word document ({@code XWPFRun.addPicture}). */
    public List<Image> images() {
        return parts.stream().filter(p -> p.image() != null).map(Part::image).toList();
    }

    /**
     * The section of the report: a heading, then a figure per chart (the image as a data URI, its title as the
     * caption and the alternative text) or a paragraph saying there is nothing to draw. Well-formed XHTML.
     */
    public String xhtml() {
        StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<section class=\"charts\"><h2>Figures</h2>");
        for (Part part : parts) {
            if (part.image() == null) {
                html.append("<h3>").append(CompilationMarkup.escape(part.title())).append("</h3><p class=\"none\">")
                        .append(CompilationMarkup.escape(part.none())).append("</p>");
            } else {
                html.append("<figure><img src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(part.image().png())).append("\" alt=\"")
                        .append(CompilationMarkup.escape(part.title())).append("\" style=\"").append(IMAGE_STYLE)
                        .append("\"/><figcaption>")
                        .append(CompilationMarkup.escape(part.title())).append("</figcaption></figure>");
            }
        }
        return html.append("</section>").toString();
    }

    /** The title of a chart in the reports' language (English, as the UN documents they come from). */
    static String title(String id) {
        return switch (id) {
            case "speaker" -> "Recommendations by body or State";
            case "theme" -> "Recommendations by theme";
            case "year" -> "Recommendations by year";
            case "history" -> "Recommendations by tracking status, month by month";
            default -> "Recommendations by " + id;
        };
    }

    private static String none(String id) {
        return switch (id) {
            case "theme" -> "No recommendation has a theme yet.";
            case "history" -> "No tracking status has been recorded yet: every recommendation is not started.";
            default -> "No recommendation has this information.";
        };
    }

    /** A status code as a reader says it: "in_progress" → "In progress". */
    static String label(String code) {
        String words = code.replace('_', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static byte[] png(ChartData data, String title) {
        CategoryChart chart = new CategoryChart(WIDTH, HEIGHT);
        chart.setTitle(title);
        CategoryStyler styler = chart.getStyler();
        styler.setBaseFont(FONT.deriveFont(12f));
        styler.setChartTitleFont(FONT.deriveFont(Font.BOLD, 16f));
        styler.setAxisTickLabelsFont(FONT.deriveFont(11f));
        styler.setLegendFont(FONT.deriveFont(11f));
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setChartTitleBoxVisible(false);
        styler.setAxisTitlesVisible(false);
        styler.setYAxisMin(0.0);
        styler.setYAxisDecimalPattern("#,##0");
        styler.setAntiAlias(true);
        boolean stacked = data.type() == ChartData.Type.STACKED;
        styler.setStacked(stacked);
        styler.setLegendVisible(stacked);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setSeriesColors(stacked ? data.series().stream().map(ChartAnnex::colour).toArray(Color[]::new)
                : new Color[] {BAR});
        if (data.labels().size() > 6 || data.labels().stream().anyMatch(l -> l.length() > 12)) {
            styler.setXAxisLabelRotation(45);
        }
        for (ChartSeries series : data.series()) {
            chart.addSeries(stacked ? label(series.name()) : series.name(), data.labels(), series.values());
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException | RuntimeException e) {
            throw new UprightException("cannot draw the chart \"" + title + "\": " + e.getMessage(), e);
        }
    }

    /** A status's own colour, whichever statuses the chart shows. */
    private static Color colour(ChartSeries series) {
        try {
            return COLOURS[org.upright.tracking.TrackingStatus.parse(series.name()).ordinal() % COLOURS.length];
        } catch (org.upright.common.UsageException e) {
            return COLOURS[COLOURS.length - 1];
        }
    }

    private static Font font() {
        try (InputStream in = ChartAnnex.class.getResourceAsStream("fonts/DejaVuSerif.ttf")) {
            if (in == null) {
                return new Font(Font.SERIF, Font.PLAIN, 12);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            // the charts still draw, in the JDK's serif font
            return new Font(Font.SERIF, Font.PLAIN, 12);
        }
    }
}
