package org.upright.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstrumentsTest {
    private final Instruments instruments = Instruments.load();

    @Test
    void theCoreInstrumentsCarryTheCodesOfTheCompilations() {
        assertThat(instruments.all()).extracting(Instrument::code).containsExactly(
                "ICERD", "ICESCR", "OP-ICESCR", "ICCPR", "ICCPR-OP 1", "ICCPR-OP 2", "CEDAW", "OP-CEDAW", "CAT", "OP-CAT",
                "CRC", "OP-CRC-AC", "OP-CRC-SC", "OP-CRC-IC", "ICRMW", "CRPD", "OP-CRPD", "CED");
    }

    @ParameterizedTest(name = "{0} is monitored by {1} since {2}")
    @CsvSource(textBlock = """
            ICERD,      CERD,    1965
            ICESCR,     CESCR,   1966
            OP-ICESCR,  CESCR,   2008
            ICCPR,      HRCttee, 1966
            ICCPR-OP 2, HRCttee, 1989
            CEDAW,      CEDAW,   1979
            CAT,        CAT,     1984
            OP-CAT,     SPT,     2002
            CRC,        CRC,     1989
            OP-CRC-IC,  CRC,     2011
            ICRMW,      CMW,     1990
            CRPD,       CRPD,    2006
            CED,        CED,     2006
            """)
    void eachInstrumentKnowsItsBodyAndAdoptionYear(String code, String body, int year) {
        Instrument instrument = instruments.byAbbreviation(code).orElseThrow();

        assertThat(instrument.body()).isEqualTo(body);
        assertThat(instrument.adoptedYear()).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ICPPED      | CED
            CRC-OP-AC   | OP-CRC-AC
            CRC-OP-SC   | OP-CRC-SC
            OPCAT       | OP-CAT
            op cat      | OP-CAT
            ICCPR-OP1   | ICCPR-OP 1
            iccpr-op 2  | ICCPR-OP 2
            ICCPR OP 2  | ICCPR-OP 2
            ICMW        | ICRMW
            OP-CEDAW    | OP-CEDAW
            cedaw       | CEDAW
            """)
    void byAbbreviationAcceptsCodesAndAliasesIgnoringCaseSpacesAndHyphens(String abbreviation, String code) {
        assertThat(instruments.byAbbreviation(abbreviation)).get().extracting(Instrument::code).isEqualTo(code);
    }

    @Test
    void byNameFindsAnInstrumentByItsFullTitle() {
        assertThat(instruments.byName("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"))
                .get().extracting(Instrument::code).isEqualTo("CAT");
        assertThat(instruments.byAbbreviation("XYZ")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            as well as ICCPR-OP 2.12 The Office           | ICCPR-OP 2
            consider ratifying CRPD, CED10 and the        | CRPD CED
            ratification of OP-CAT and CAT                | OP-CAT CAT
            ICCPR and ICCPR-OP 1                          | ICCPR ICCPR-OP 1
            CEDAW\\nOP-CEDAW\\nCAT                        | CEDAW OP-CEDAW CAT
            OP-CRC-AC, CRC-OP-SC and OP-CRC-IC            | OP-CRC-AC OP-CRC-SC OP-CRC-IC
            acceded to ICPPED in 2009                     | CED
            the CATEGORY of a cat                         | -
            ICCPR-OP1 and OPCAT                           | ICCPR-OP 1 OP-CAT
            """)
    void findsEveryAbbreviationAsAWholeCode(String text, String expected) {
        List<String> codes = instruments.findAbbreviations(text.replace("\\n", "\n")).stream()
                .map(mention -> mention.instrument().code()).toList();

        List<String> wanted = expected.equals("-") ? List.of() : splitCodes(expected);
        assertThat(codes).isEqualTo(wanted);
    }

    @Test
    void aFootnoteNumberGluedAfterACodeIsNotPartOfTheMention() {
        String text = "as well as ICCPR-OP 2.12 and CED10 and CEDAW58";

        assertThat(instruments.findAbbreviations(text)).extracting(mention -> text.substring(mention.start(), mention.end()))
                .containsExactly("ICCPR-OP 2", "CED", "CEDAW");
    }

    @Test
    void digitsGluedAfterTheNumberOfAProtocolAreAFootnoteReference() {
        String text = "to ratify ICCPR-OP 212 and ICCPR-OP 113";

        assertThat(instruments.findAbbreviations(text)).extracting(mention -> text.substring(mention.start(), mention.end()))
                .containsExactly("ICCPR-OP 2", "ICCPR-OP 1");
    }

    @ParameterizedTest(name = "{0} under {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            individual-complaints  | 14           | ICERD
            Individual complaints  | art. 14      | ICERD
            inter-state-complaints | 41           | ICCPR
            individual-complaints  | 1            | ICCPR-OP 1
            individual-complaints  | 2            | OP-CEDAW
            inter-state-complaints | 10           | OP-ICESCR
            inquiry-procedure      | 11           | OP-ICESCR
            inquiry-procedure      | 8 and 9      | OP-CEDAW
            Inquiry procedure      | arts. 8-9    | OP-CEDAW
            inquiry-procedure      | 8            | OP-CEDAW
            inquiry-procedure      | 20           | CAT
            Inter-State complaints | 21           | CAT
            individual-complaints  | 22           | CAT
            inter-state-complaints | 76           | ICRMW
            individual-complaints  | 77           | ICRMW
            inquiry-procedure      | 6 and 7      | OP-CRPD
            inquiry-procedure      | 6-7          | OP-CRPD
            inquiry-procedure      | arts. 6 and 7 | OP-CRPD
            individual-complaints  | 31           | CED
            inter-state-complaints | 32           | CED
            individual-complaints  | 5            | OP-CRC-IC
            inter-state-complaints | 12           | OP-CRC-IC
            inquiry-procedure      | 13           | OP-CRC-IC
            """)
    void anOptionalProcedureLeadsToItsInstrument(String procedure, String articles, String code) {
        assertThat(instruments.withProcedure(procedure, articles)).get().extracting(Instrument::code).isEqualTo(code);
    }

    @Test
    void aProcedureNoInstrumentHasIsNotFound() {
        assertThat(instruments.withProcedure("individual-complaints", "99")).isEmpty();
        assertThat(instruments.withProcedure("inquiry-procedure", "")).isEmpty();
    }

    @Test
    void allWithProcedureListsEveryInstrumentSharingAnArticle() {
        assertThat(instruments.allWithProcedure("individual-complaints", "1")).extracting(Instrument::code)
                .containsExactly("ICCPR-OP 1", "OP-CRPD");
    }

    @Test
    void articleNumbersAreReadAsPrinted() {
        assertThat(Instruments.articleNumbers("arts. 8 and 9")).containsExactly("8", "9");
        assertThat(Instruments.articleNumbers("6-7")).containsExactly("6", "7");
        assertThat(Instruments.articleNumbers("art. 14")).containsExactly("14");
    }

    @Test
    void theOtherInstrumentsOfTheCompilationsAreListedByGroup() {
        assertThat(instruments.others()).extracting(RelatedInstrument::code).contains(
                "Genocide Convention", "Rome Statute", "Palermo Protocol", "1951 Convention", "1967 Protocol",
                "1954 Convention", "1961 Convention", "GC I", "GC IV", "AP I", "AP II", "AP III", "ILO C29", "ILO C87",
                "ILO C98", "ILO C100", "ILO C105", "ILO C111", "ILO C138", "ILO C182", "ILO C155", "ILO C187",
                "UNESCO CDE");
        assertThat(instruments.others()).filteredOn(other -> other.group().equals("Refugees and stateless persons"))
                .hasSize(4);
        assertThat(instruments.otherByName("Rome Statute of the International Criminal Court")).get()
                .extracting(RelatedInstrument::adoptedYear).isEqualTo(1998);
        assertThat(instruments.otherByName("palermo protocol")).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ratify OP-CAT and ICRMW                                                       | OP-CAT / ICRMW
            the cat and the CAT                                                           | CAT
            ratify ICPPED and the Migrant Workers Convention                              | CED / ICRMW
            the International Covenant on Economic, Social and Cultural Rights            | ICESCR
            the International Covenant on Economic Social and Cultural Rights             | ICESCR
            the Covenant on Civil and Political Rights                                    | ICCPR
            the Second Optional Protocol to the ICCPR                                     | ICCPR-OP 2
            the Optional Protocol to CRPD                                                 | OP-CRPD
            the Convention against Torture, and the Convention on the Rights of the Child | CAT / CRC
            the Convention on Enforced Disappearances                                     | CED
            the Rome Statute of the ICC                                                   | Rome Statute
            the ILO Domestic Workers Convention, 2011 (No. 189)                           | ILO C189
            the Optional Protocol to the Convention on the Rights of the Child            | -
            ILO Convention No. 190                                                        | -
            the Convention on the non-applicability of statutory limitations              | -
            """)
    void findNamesReadsCodesAliasesNamesAndDistinctiveBeginnings(String text, String expected) {
        assertThat(namesIn(text, null)).isEqualTo(expected.equals("-") ? "" : expected);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            the Convention against Torture and its Optional Protocol             | -    | CAT / OP-CAT
            the CRPD and the Optional Protocol thereto                           | -    | CRPD / OP-CRPD
            both Optional Protocols to ICCPR                                     | -    | ICCPR-OP 1+ICCPR-OP 2
            the Optional Protocols to the CRC                                    | -    | OP-CRC-AC+OP-CRC-SC+OP-CRC-IC
            the Optional Protocols to the CRC                                    | 2009 | OP-CRC-AC+OP-CRC-SC
            both Optional Protocols to the Convention on the Rights of the Child | -    | OP-CRC-AC+OP-CRC-SC
            the 1954 and 1961 Conventions                                        | -    | 1954 Convention+1961 Convention
            the 1951 Convention and its 1967 Protocol                            | -    | 1951 Convention / 1967 Protocol
            its Optional Protocol                                                | -    | -
            """)
    void findNamesReadsNamesThatDependOnContext(String text, Integer year, String expected) {
        assertThat(namesIn(text, year)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void findNamesGivesTheSpanOfEachName() {
        String text = "Ratify the Convention against Torture and OP-CAT,\nas well as the 1954 and 1961 Conventions.";

        assertThat(instruments.findNames(text)).extracting(mention -> text.substring(mention.start(), mention.end()))
                .containsExactly("Convention against Torture", "OP-CAT", "1954 and 1961 Conventions");
    }

    @Test
    void tokenizedTextSplitsAsFindNamesDoesAndLocatesItsMentions() {
        String text = "Ratify OP-CAT and CED10.";
        TokenizedText tokens = TokenizedText.of(text);

        assertThat(tokens.size()).isEqualTo(7);
        assertThat(tokens.key(0)).isEqualTo("ratify");
        assertThat(tokens.isNumber(5)).isTrue();
        assertThat(tokens.isPunctuation(6)).isTrue();
        InstrumentNameMention opcat = instruments.findNames(text).get(0);
        assertThat(tokens.indexAt(opcat.start())).isEqualTo(1);
        assertThat(tokens.indexAt(opcat.end())).isEqualTo(3);
        assertThat(tokens.indexAt(text.length())).isEqualTo(7);
    }

    /** The codes of each mention joined by "+", mentions separated by " / ". */
    private String namesIn(String text, Integer year) {
        return String.join(" / ", instruments.findNames(text, year).stream()
                .map(mention -> String.join("+", mention.codes())).toList());
    }

    private static List<String> splitCodes(String codes) {
        // codes are separated by spaces, except the space inside "ICCPR-OP 1" and "ICCPR-OP 2"
        return List.of(codes.replaceAll("OP (\\d)", "OP_$1").split(" ")).stream().map(code -> code.replace('_', ' ')).toList();
    }
}
