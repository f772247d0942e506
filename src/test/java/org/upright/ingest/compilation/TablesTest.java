package org.upright.ingest.compilation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.ingest.model.Competence;
import org.upright.ingest.model.NotParty;
import org.upright.ingest.model.Ratification;
import org.upright.ingest.model.SpecialProcedures;
import org.upright.ingest.model.TreatyBodyReport;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.RefText;
import org.upright.reference.ReferenceData;

/**
 * The 2009 tables rebuilt from cells laid out unlike the Kazakhstan sample: other rows, other runs, dashes inside
 * date columns, a complete follow-up column.
 */
class TablesTest {
    private static ReferenceData reference;
    private final List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void load() {
        reference = ReferenceData.load();
    }

    private static Layout.Region region(String text) {
        List<RefText> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(RefText.of(line.strip()));
        }
        return new Layout.Region(lines, List.of());
    }

    @Test
    void ratificationsTakeDatesAndDeclarationsInRowOrderAndCompetencesByArticle() {
        Tables tables = new Tables(reference);
        tables.read(region("""
                Core universal human
                Date of ratification,
                rights treaties
                accession or succession
                ICERD
                ICESCR
                ICCPR
                ICCPR-OP 1
                ICCPR-OP 2
                CEDAW
                OP-CEDAW

                11 Nov 1982
                28 Nov 1994
                28 Nov 1994
                28 Nov 1994
                28 Nov 1994
                23 Nov 1992
                26 May 2000

                CAT
                CRC
                OP-CRC-AC
                OP-CRC-SC
                CRPD
                OP-CRPD

                28 Nov 1994
                30 Sept 1990
                16 Apr 2002
                16 Apr 2002
                4 Dec 2007
                4 Dec 2007

                Declarations
                /reservations

                Recognition of specific competences of
                treaty bodies

                None
                None
                None
                None
                None
                None
                None

                Individual complaints (art. 14): No
                Inter-State complaints (art. 41): No
                Inquiry procedure (arts. 8 and 9): Yes
                Inter-State complaints (art. 21): No
                Individual complaints (art. 22): No
                Inquiry procedure (art. 20): Yes
                Inquiry procedure (arts. 6 and 7): Yes

                None
                None
                Binding declaration
                under art. 3: 18 years
                None
                None
                None

                Core treaties to which Namibia is not a party: OP-ICESCR, ICRMW and CED (signature only,
                2007).
                """), warnings);

        List<Ratification> rows = tables.ratifications();
        assertThat(rows).extracting(Ratification::instrument, Ratification::date).containsExactly(
                tuple("ICERD", "1982-11-11"), tuple("ICESCR", "1994-11-28"), tuple("ICCPR", "1994-11-28"),
                tuple("ICCPR-OP 1", "1994-11-28"), tuple("ICCPR-OP 2", "1994-11-28"), tuple("CEDAW", "1992-11-23"),
                tuple("OP-CEDAW", "2000-05-26"), tuple("CAT", "1994-11-28"), tuple("CRC", "1990-09-30"),
                tuple("OP-CRC-AC", "2002-04-16"), tuple("OP-CRC-SC", "2002-04-16"), tuple("CRPD", "2007-12-04"),
                tuple("OP-CRPD", "2007-12-04"));
        assertThat(rows.get(9).declarationsText()).isEqualTo("Binding declaration under art. 3: 18 years");
        assertThat(rows.get(0).declarationsText()).isEqualTo("None");
        assertThat(rows.get(6).competences()).extracting(Competence::procedure, Competence::articles,
                Competence::accepted).containsExactly(tuple("inquiry-procedure", "8 and 9", true));
        assertThat(rows.get(7).competences()).extracting(Competence::articles).containsExactly("21", "22", "20");
        assertThat(rows.get(12).competences()).extracting(Competence::articles).containsExactly("6 and 7");
        assertThat(rows.get(1).competences()).isEmpty();
        assertThat(warnings).isEmpty();
        assertThat(tables.notParty()).containsExactly(new NotParty("OP-ICESCR", false, null),
                new NotParty("ICRMW", false, null), new NotParty("CED", true, 2007));
    }

    @Test
    void reportingRowsFollowTheirColumnsWhenDashesMarkEmptyRows() {
        Tables tables = new Tables(reference);
        tables.read(region("""
                Treaty body
                CERD
                CESCR
                HR Committee
                CEDAW
                CAT
                CRC

                Latest report
                submitted and
                considered

                Latest
                concluding
                observations

                Follow-up response

                Reporting status

                Aug. 2008
                -
                Mar. 2004
                Jan. 2007
                May 2008
                Jan. 2005

                Aug. 2008
                -
                July 2004
                Feb. 2007
                May 2008
                Jan. 2005

                Due Aug. 2009
                -
                -
                -
                Received Jan. 2009
                -

                Fourteenth report due 2010
                Initial report overdue since 1997
                Second report overdue since
                2006
                Fourth and fifth reports due 2012
                Second report due 2012
                Second and third reports due 2010
                """), warnings);

        assertThat(tables.treatyBodyReporting()).extracting(TreatyBodyReport::body,
                TreatyBodyReport::latestReportSubmittedAndConsidered, TreatyBodyReport::latestConcludingObservations,
                TreatyBodyReport::followUpResponse, TreatyBodyReport::status, TreatyBodyReport::statusDate)
                .containsExactly(
                        tuple("CERD", "2008-08", "2008-08", "Due Aug. 2009", "due", "2010"),
                        tuple("CESCR", null, null, null, "overdue", "1997"),
                        tuple("HR Committee", "2004-03", "2004-07", null, "overdue", "2006"),
                        tuple("CEDAW", "2007-01", "2007-02", null, "due", "2012"),
                        tuple("CAT", "2008-05", "2008-05", "Received Jan. 2009", "due", "2012"),
                        tuple("CRC", "2005-01", "2005-01", null, "due", "2010"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void aTableThatDoesNotAddUpIsReadAsFarAsItGoesWithAWarning() {
        Tables tables = new Tables(reference);
        tables.read(region("""
                Core universal human rights treaties
                ICERD
                ICESCR
                ICCPR

                26 Aug 1998
                24 Jan 2006

                None
                None
                None
                Individual complaints (art. 99): Yes
                """), warnings);
        assertThat(tables.ratifications()).extracting(Ratification::date)
                .containsExactly("1998-08-26", "2006-01-24", null);
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("3 treaties but 2 dates");
        assertThat(warnings.get(1)).contains("no treaty row").contains("art. 99");
    }

    @Test
    void specialProceduresAreReadFromWhatEachCellIs() {
        Tables tables = new Tables(reference);
        tables.read(region("""
                Standing invitation issued
                Latest visits or mission reports

                Visits agreed upon in principle

                Visits requested and not yet agreed
                upon
                Facilitation/cooperation during
                missions

                Follow-up to visits
                Responses to letters of allegations
                and urgent appeals
                Responses to questionnaires on
                thematic issues

                No
                Special Rapporteur on the right to food (28 June to 3 July 2009)
                None
                Special Rapporteur on the question of torture (requested in 2006)

                Between 1 January 2004 and 31 December 2008, a total of 12 communications were sent.
                The Government replied to five communications, representing 42 per cent.
                Namibia responded to 4 of the 19 questionnaires sent by special procedures mandate holders.
                """), warnings);

        SpecialProcedures sp = tables.specialProcedures();
        assertThat(sp.standingInvitation()).isFalse();
        assertThat(sp.visits()).singleElement().satisfies(v -> {
            assertThat(v.mandate()).isEqualTo("Special Rapporteur on the right to food");
            assertThat(v.start()).isEqualTo("2009-06-28");
            assertThat(v.end()).isEqualTo("2009-07-03");
        });
        assertThat(sp.visitsAgreedInPrinciple()).isEmpty();
        assertThat(sp.visitsRequested()).singleElement().satisfies(v -> {
            assertThat(v.mandate()).isEqualTo("Special Rapporteur on the question of torture");
            assertThat(v.date()).isEqualTo("2006");
        });
        assertThat(sp.communications().sent()).isEqualTo(12);
        assertThat(sp.communications().replied()).isEqualTo(5);
        assertThat(sp.communications().replyRatePercent()).isEqualTo(42);
        assertThat(sp.communications().periodText()).isEqualTo("Between 1 January 2004 and 31 December 2008");
        assertThat(sp.questionnaires().sent()).isEqualTo(19);
        assertThat(sp.questionnaires().answeredInTime()).isEqualTo(4);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Fourth and fifth report overdue since Sept. 2007               | overdue
            Initial report received Nov. 2007                              | received
            Third and fourth report due 2011                               | due
            Information to be included in fourth report due Dec. 2011      | included-in-next
            Combined second and third reports submitted in 2009            | received
            """)
    void reportingStatusCellsAreTyped(String text, String kind) {
        assertThat(ReportingTable.statusKind(text)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "\"{0}\" then \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Fourth and fifth report overdue since | Sept. 2007                   | true
            Information to be included in fourth  | report due Dec. 2011         | true
            Binding declaration                   | under art. 3: 19 years       | true
            None                                  | None                         | false
            Third report due Nov. 2012            | Fourth report due Dec. 2011  | false
            26 Aug 1998                           | 24 Jan 2006                  | false
            """)
    void aCellContinuesOnTheNextLineOnlyWhereItCannotEnd(String line, String next, boolean continues) {
        assertThat(Cells.continues(line, next)).isEqualTo(continues);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Core universal human     | true
            rights treaties          | true
            /reservations            | true
            treaty bodies            | true
            None                     | false
            ICERD                    | false
            26 Aug 1998              | false
            """)
    void headerFragmentsAreRecognisedWhereverTheyWereBroken(String line, boolean fragment) {
        assertThat(RatificationTable.HEADERS.fragmentOf(line) >= 0).isEqualTo(fragment);
    }

    @Test
    void notPartyListsSplitAtCommasAndAndOutsideParentheses() {
        assertThat(RatificationTable.splitList("OP-ICESCR, ICCPR-OP 2, CRPD (signature only, 2008) and OP-CRPD"))
                .isEqualTo(Arrays.asList("OP-ICESCR", "ICCPR-OP 2", "CRPD (signature only, 2008)", "OP-CRPD"));
    }
}
