package org.upright.ingest.compilation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.ingest.model.Competence;
import org.upright.ingest.model.OtherInstrument;
import org.upright.ingest.model.Ratification;
import org.upright.ingest.model.SpecialProcedures;
import org.upright.ingest.model.TreatyBodyReport;
import org.upright.ingest.model.TreatyStatus;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.FootnoteRef;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.LineStyle;
import org.upright.ingest.text.RefText;
import org.upright.reference.ReferenceData;

/** Tables rebuilt from positions, as a PDF reader delivers them: pieces of lines with their x extents. */
class PositionedTablesTest {
    private static ReferenceData reference;
    private final List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void load() {
        reference = ReferenceData.load();
    }

    /** A piece of a line: "x-xEnd:text", text may end in "^n" for a footnote reference. */
    private static LineStyle.Segment piece(String spec) {
        String[] parts = spec.split(":", 2);
        String[] xs = parts[0].split("-");
        String text = parts[1];
        List<FootnoteRef> refs = new ArrayList<>();
        int caret = text.indexOf('^');
        if (caret >= 0) {
            refs.add(new FootnoteRef(Integer.parseInt(text.substring(caret + 1)), caret));
            text = text.substring(0, caret);
        }
        return new LineStyle.Segment(Float.parseFloat(xs[0]), Float.parseFloat(xs[1]), text, refs);
    }

    /** Lines given as pieces separated by " | ". */
    private static Layout.Region region(String table) {
        List<RefText> lines = new ArrayList<>();
        List<DocLine> source = new ArrayList<>();
        float y = 700;
        for (String row : table.strip().split("\n")) {
            List<LineStyle.Segment> segments = new ArrayList<>();
            for (String spec : row.strip().split(" \\| ")) {
                segments.add(piece(spec.strip()));
            }
            List<RefText> parts = segments.stream().map(s -> new RefText(s.text(), s.refs())).toList();
            RefText text = RefText.join(parts);
            lines.add(text);
            source.add(new DocLine(text.text(), text.refs(), 1, false,
                    new LineStyle(segments.get(0).x(), y, 10, false, false, segments)));
            y -= 12;
        }
        return new Layout.Region(lines, source);
    }

    @Test
    void theRatificationTableIsReadRowByRowFromWhereItsCellsStand() {
        Tables tables = new Tables(reference);
        tables.read(region("""
                30-150:Core universal human rights | 160-260:Date of ratification, accession | 270-360:Declarations/reservations | 370-540:Recognition of specific competences of treaty
                30-150:treaties^2 | 160-260:or succession | 370-540:bodies
                30-80:ICERD | 160-220:26 Aug 1998 | 270-300:None | 370-520:Individual complaints (art. 14): Yes
                30-80:ICCPR | 160-220:24 Jan 2006 | 270-300:None | 370-520:Inter-State complaints (art. 41): No
                30-80:OP-CRC-AC | 160-220:10 Apr 2003 | 270-350:Binding declaration | 370-375:-
                270-350:under art. 3: 19 years
                30-80:CAT | 160-220:26 Aug 1998 | 270-300:None | 370-520:Inter-State complaints (art. 21): Yes
                370-520:Individual complaints (art. 22): Yes
                370-520:Inquiry procedure (art. 20): Yes
                30-540:Core treaties to which Namibia is not a party: OP-ICESCR and ICRMW (signature only, 2007).
                30-250:Other main relevant international instruments | 300-450:Ratification, accession or succession
                30-250:Rome Statute of the International Criminal | 300-320:Yes
                30-250:Court
                30-250:Palermo Protocol^3 | 300-320:No
                """), warnings);

        assertThat(tables.ratifications()).extracting(Ratification::instrument, Ratification::date,
                Ratification::declarationsText).containsExactly(
                        tuple("ICERD", "1998-08-26", "None"), tuple("ICCPR", "2006-01-24", "None"),
                        tuple("OP-CRC-AC", "2003-04-10", "Binding declaration under art. 3: 19 years"),
                        tuple("CAT", "1998-08-26", "None"));
        assertThat(tables.ratifications().get(3).competences()).extracting(Competence::articles)
                .containsExactly("21", "22", "20");
        assertThat(tables.ratifications().get(2).competences()).isEmpty();
        assertThat(tables.notParty()).extracting(n -> n.instrument() + " " + n.signedOnly())
                .containsExactly("OP-ICESCR false", "ICRMW true");
        assertThat(tables.otherInstruments()).extracting(OtherInstrument::instrument, OtherInstrument::footnote,
                OtherInstrument::party).containsExactly(
                        tuple("Rome Statute of the International Criminal Court", null, true),
                        tuple("Palermo Protocol", 3, false));
    }

    @Test
    void theReportingTableTakesEachBodysCellsFromItsOwnRow() {
        Tables tables = new Tables(reference);
        tables.read(region("""
                30-90:Treaty body | 100-200:Latest report submitted | 210-300:Latest concluding | 310-400:Follow-up response | 410-540:Reporting status
                100-200:and considered | 210-300:observations
                30-60:CERD | 100-140:Oct. 2003 | 210-250:Aug. 2004 | 310-315:- | 410-540:Fourth and fifth report overdue since
                410-540:Sept. 2007
                30-90:HR Committee | 410-540:Initial report received July 2009
                30-60:CAT | 100-140:June 2006 | 210-250:Nov. 2008 | 310-380:due Dec. 2009 | 410-540:Third report due Nov. 2012
                """), warnings);

        assertThat(tables.treatyBodyReporting()).extracting(TreatyBodyReport::body,
                TreatyBodyReport::latestReportSubmittedAndConsidered, TreatyBodyReport::latestConcludingObservations,
                TreatyBodyReport::followUpResponse, TreatyBodyReport::status, TreatyBodyReport::statusDate)
                .containsExactly(
                        tuple("CERD", "2003-10", "2004-08", null, "overdue", "2007-09"),
                        tuple("HR Committee", null, null, null, "received", "2009-07"),
                        tuple("CAT", "2006-06", "2008-11", "due Dec. 2009", "due", "2012-11"));
    }

    @Test
    void specialProcedureRowsAreReadFromTheirRowHeaders() {
        Tables tables = new Tables(reference);
        tables.read(region("""
                30-200:Standing invitation issued | 210-240:Yes
                30-200:Latest visits or mission reports | 210-540:Special Rapporteur on the right to food (28 June to 3 July 2009)^22
                30-200:Visits agreed upon in principle | 210-240:None
                30-200:Visits requested and not yet agreed | 210-540:Special Rapporteur on the question of torture (requested in 2006)
                30-200:upon
                30-200:Facilitation/cooperation during | 210-540:The Special Rapporteur on the right to food thanked the Government for its
                30-200:missions | 210-540:cooperation.^23
                30-200:Follow-up to visits | 210-215:-
                30-200:Responses to letters of allegations | 210-540:During the period under review, 12 communications were sent. The Government
                30-200:and urgent appeals | 210-540:replied to 5 communications.
                30-200:Responses to questionnaires on | 210-540:Namibia responded to 4 of the 19 questionnaires sent by special
                30-200:thematic issues | 210-540:procedures mandate holders.
                """), warnings);

        SpecialProcedures sp = tables.specialProcedures();
        assertThat(sp.standingInvitation()).isTrue();
        assertThat(sp.visits()).singleElement().satisfies(v -> {
            assertThat(v.mandate()).isEqualTo("Special Rapporteur on the right to food");
            assertThat(v.start()).isEqualTo("2009-06-28");
            assertThat(v.footnote()).isEqualTo(22);
        });
        assertThat(sp.visitsAgreedInPrinciple()).isEmpty();
        assertThat(sp.visitsRequested()).extracting(v -> v.date()).containsExactly("2006");
        assertThat(sp.cooperationNotes()).singleElement().satisfies(n -> {
            assertThat(n.speaker()).isEqualTo("SR-food");
            assertThat(n.footnote()).isEqualTo(23);
        });
        assertThat(sp.followUpToVisits()).isEmpty();
        assertThat(sp.communications().sent()).isEqualTo(12);
        assertThat(sp.communications().replied()).isEqualTo(5);
        assertThat(sp.questionnaires().sent()).isEqualTo(19);
        assertThat(sp.questionnaires().answeredInTime()).isEqualTo(4);
        assertThat(sp.footnotes()).containsExactly(22, 23);
    }

    @Test
    void the2014TreatyTableGivesOneStatusPerTreatyACellNames() {
        Tables tables = new Tables(reference);
        tables.read(region("""
                150-300:Status during previous cycle | 310-420:Action after review | 430-540:Not ratified/not accepted
                30-140:Ratification, accession or | 150-300:ICERD (1998) | 310-420:ICCPR-OP 1 (2009) | 430-540:ICRMW
                30-140:succession | 150-300:ICESCR (2006) | 310-420:OP-CAT (2008) | 430-540:CRPD (signature, 2008)
                30-140:Reservations and/or | 150-300:OP-CRC-AC (declaration, art. 3, para. 2, 19 years, 2003)
                30-140:declarations
                30-140:Complaints procedures, | 150-300:ICERD, art. 14 (2008) | 310-420:OP-CEDAW, art. 8 (2001) | 430-540:ICCPR, art. 41
                30-140:inquiries and urgent action | 150-300:CAT, arts. 20, 21 and 22 (2008)
                """), warnings);

        assertThat(tables.treatyStatus()).extracting(TreatyStatus::instrument, TreatyStatus::row,
                TreatyStatus::column, TreatyStatus::year).containsExactlyInAnyOrder(
                        tuple("ICERD", "ratification", "previous-cycle", 1998),
                        tuple("ICESCR", "ratification", "previous-cycle", 2006),
                        tuple("ICCPR-OP 1", "ratification", "after-review", 2009),
                        tuple("OP-CAT", "ratification", "after-review", 2008),
                        tuple("ICRMW", "ratification", "not-ratified", null),
                        tuple("CRPD", "ratification", "not-ratified", 2008),
                        tuple("OP-CRC-AC", "reservations", "previous-cycle", 2003),
                        tuple("ICERD", "complaint-procedures", "previous-cycle", 2008),
                        tuple("CAT", "complaint-procedures", "previous-cycle", 2008),
                        tuple("OP-CEDAW", "complaint-procedures", "after-review", 2001),
                        tuple("ICCPR", "complaint-procedures", "not-ratified", null));
        assertThat(tables.treatyStatus()).filteredOn(s -> s.instrument().equals("CAT"))
                .extracting(TreatyStatus::text).containsExactly("CAT, arts. 20, 21 and 22 (2008)");
    }
}
