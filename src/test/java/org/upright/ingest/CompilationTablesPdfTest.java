package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.ingest.model.Competence;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Ratification;
import org.upright.ingest.model.TreatyBodyReport;
import org.upright.reference.ReferenceData;

/**
 * A 2009-style compilation printed as a PDF (written here with PDFBox: headings in bold, tables as columns of text,
 * superscript references), read and extracted end to end: the tables come from where their cells stand.
 */
class CompilationTablesPdfTest {
    private static ExtractedDocument doc;

    /** Writes text at positions on one page; a row is printed on one baseline. */
    private static final class Page implements AutoCloseable {
        private final PDPageContentStream content;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        private float y = 760;

        Page(PDDocument document) throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
        }

        /** One printed line: pieces "x:text", "^n" in a piece printing a superscript reference after it. */
        void line(boolean heavy, String... pieces) throws IOException {
            for (String piece : pieces) {
                int colon = piece.indexOf(':');
                float x = Float.parseFloat(piece.substring(0, colon));
                String text = piece.substring(colon + 1);
                String ref = null;
                int caret = text.indexOf('^');
                if (caret >= 0) {
                    ref = text.substring(caret + 1);
                    text = text.substring(0, caret);
                }
                content.beginText();
                content.setFont(heavy ? bold : regular, 10);
                content.newLineAtOffset(x, y);
                content.showText(text);
                if (ref != null) {
                    content.setFont(regular, 6);
                    content.setTextRise(4);
                    content.showText(ref);
                    content.setTextRise(0);
                }
                content.endText();
            }
            y -= 12;
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }

    @BeforeAll
    static void printAndExtract() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            try (Page p = new Page(document)) {
                p.line(false, "60:United Nations", "400:A/HRC/WG.6/7/NAM/2");
                p.line(true, "60:General Assembly", "400:Distr.: General");
                p.line(true, "60:Human Rights Council");
                p.line(true, "60:Working Group on the Universal Periodic Review");
                p.line(true, "60:Compilation prepared by the Office of the High Commissioner for Human Rights");
                p.line(true, "60:Namibia");
                p.line(true, "60:I. Background and framework");
                p.line(true, "60:A. Scope of international obligations^1");
                p.line(false, "60:Core universal human", "170:Date of ratification,", "280:Declarations",
                        "380:Recognition of specific competences of");
                p.line(false, "60:rights treaties^2", "170:accession or succession", "280:/reservations",
                        "380:treaty bodies");
                p.line(false, "60:ICERD", "170:11 Nov 1982", "280:None", "380:Individual complaints (art. 14): No");
                p.line(false, "60:ICCPR", "170:28 Nov 1994", "280:None", "380:Inter-State complaints (art. 41): Yes");
                p.line(false, "60:OP-CRC-AC", "170:16 Apr 2002", "280:Binding declaration");
                p.line(false, "280:under art. 3: 18 years");
                p.line(false, "60:CAT", "170:28 Nov 1994", "280:None", "380:Inter-State complaints (art. 21): No");
                p.line(false, "380:Individual complaints (art. 22): No");
                p.line(false, "380:Inquiry procedure (art. 20): Yes");
                p.line(false, "60:Core treaties to which Namibia is not a party: OP-ICESCR, ICRMW and CED.");
                p.line(false, "60:1. In 2007, the High Commissioner encouraged Namibia to ratify ICRMW.^3");
                p.line(true, "60:II. Promotion and protection of human rights on the ground");
                p.line(true, "60:A. Cooperation with human rights mechanisms");
                p.line(true, "60:1. Cooperation with treaty bodies");
                p.line(false, "60:Treaty body^4", "130:Latest report", "230:Latest concluding", "330:Follow-up",
                        "410:Reporting status");
                p.line(false, "130:submitted and considered", "230:observations", "330:response");
                p.line(false, "60:CERD", "130:Aug. 2008", "230:Aug. 2008", "330:due Aug. 2009",
                        "410:Fourteenth report due 2010");
                p.line(false, "60:HR Committee", "410:Initial report overdue since 1995");
                p.line(false, "60:2. CERD recommended that Namibia adopt a law on hate speech.^5");
            }
            document.save(pdf);
        }
        doc = new Extractor(ReferenceData.load()).extract("A_HRC_WG.6_7_NAM_2.pdf", pdf.toByteArray()).document();
    }

    @Test
    void theDocumentAndItsParagraphsAreRead() {
        assertThat(doc.document().kind()).isEqualTo("upr-compilation");
        assertThat(doc.document().country()).isEqualTo("NAM");
        assertThat(doc.paragraphs()).extracting(p -> p.number()).containsExactly(1, 2);
        assertThat(doc.footnoteOrder()).containsExactly(1, 2, 3, 4, 5);
        assertThat(doc.paragraphs().get(1).statements().get(0).speakers()).containsExactly("CERD");
    }

    @Test
    void theRatificationTableComesFromWhereItsCellsStand() {
        assertThat(doc.ratifications()).extracting(Ratification::instrument, Ratification::date,
                Ratification::declarationsText).containsExactly(
                        tuple("ICERD", "1982-11-11", "None"), tuple("ICCPR", "1994-11-28", "None"),
                        tuple("OP-CRC-AC", "2002-04-16", "Binding declaration under art. 3: 18 years"),
                        tuple("CAT", "1994-11-28", "None"));
        assertThat(doc.ratifications().get(0).competences()).extracting(Competence::procedure, Competence::accepted)
                .containsExactly(tuple("individual-complaints", false));
        assertThat(doc.ratifications().get(3).competences()).extracting(Competence::articles)
                .containsExactly("21", "22", "20");
        assertThat(doc.notParty()).extracting(n -> n.instrument()).containsExactly("OP-ICESCR", "ICRMW", "CED");
    }

    @Test
    void theReportingTableComesFromWhereItsCellsStand() {
        assertThat(doc.treatyBodyReporting()).extracting(TreatyBodyReport::body,
                TreatyBodyReport::latestConcludingObservations, TreatyBodyReport::followUpResponse,
                TreatyBodyReport::status, TreatyBodyReport::statusDate).containsExactly(
                        tuple("CERD", "2008-08", "due Aug. 2009", "due", "2010"),
                        tuple("HR Committee", null, null, "overdue", "1995"));
    }
}
