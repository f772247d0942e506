package org.upright.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.common.PartialDate;
import org.upright.ingest.Extractor;
import org.upright.ingest.model.DocumentInfo;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Recommendation;
import org.upright.ingest.model.Statement;
import org.upright.obligation.RatifyRecommendation.Fulfilment;
import org.upright.reference.ReferenceData;

class RatifyRecommendationsTest {
    /** Every found recommendation says one of these: what makes it an ask to join an instrument. */
    private static final Pattern ASK_VERB = Pattern.compile(
            "(?i)\\b(ratif(y|ying|ication)|acced(e|ing)|accession|adher(e|ing)|sign|becom(e|ing) a party|join)\\b");

    private static RatifyRecommendations finder;
    private static List<RatifyRecommendation> firstCycleReport;
    private static List<RatifyRecommendation> secondCycleReport;
    private static List<RatifyRecommendation> thirdCycleReport;
    private static List<RatifyRecommendation> compilation;

    @BeforeAll
    static void extractSamples() {
        ReferenceData reference = ReferenceData.load();
        finder = new RatifyRecommendations(reference);
        Extractor extractor = new Extractor(reference);
        firstCycleReport = finder.find(extractor.extract(Path.of("samples/A_HRC_14_10.pdf")).document());
        secondCycleReport = finder.find(extractor.extract(Path.of("samples/A_HRC_28_10.pdf")).document());
        thirdCycleReport = finder.find(extractor.extract(Path.of("samples/A_HRC_43_15.pdf")).document());
        compilation = finder.find(extractor.extract(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt")).document());
    }

    private static String asks(String recommendation) {
        ExtractedDocument document = new ExtractedDocument(
                new DocumentInfo("A/HRC/99/1", "XYZ", "upr-working-group-report", 1, "en"), null, null, null,
                null, null, null, null, null, null,
                List.of(new Recommendation("1.1", recommendation, List.of("Utopia"), null)), null);
        return finder.find(document).stream().map(r -> r.instrument() + ":" + r.action())
                .collect(Collectors.joining(", "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Ratify OP-CAT (Brazil);                                                              | OP-CAT:ratify
            Ratify OP-CAT and ICRMW (Brazil);                                                     | OP-CAT:ratify, ICRMW:ratify
            Consider ratifying the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (Mexico) | ICRMW:consider-ratifying
            Accede to the 1954 Convention relating to the Status of Stateless Persons and the 1961 Convention on the Reduction of Statelessness | 1954 Convention:accede, 1961 Convention:accede
            Sign and ratify the Optional Protocol to the Convention against Torture             | OP-CAT:ratify
            Ratify the Convention against Torture and its Optional Protocol                      | CAT:ratify, OP-CAT:ratify
            Sign the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights | OP-ICESCR:sign
            Ratify the Rome Statute                                                              | Rome Statute:ratify
            Ratify the Rome Statute of the ICC                                                   | Rome Statute:ratify
            Ratify both Optional Protocols to the CRC                                            | OP-CRC-AC:ratify, OP-CRC-SC:ratify
            Ratify the Optional Protocols to the Convention on the Rights of the Child           | OP-CRC-AC:ratify, OP-CRC-SC:ratify, OP-CRC-IC:ratify
            Ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure | OP-CRC-IC:ratify
            Ratify the Optional Protocol to the CRC on the involvement of children in armed conflict | OP-CRC-AC:ratify
            Accede to the Second Optional Protocol to the ICCPR                                  | ICCPR-OP 2:accede
            Ratify the Optional Protocols to the ICCPR                                           | ICCPR-OP 1:ratify, ICCPR-OP 2:ratify
            Ratify the Optional Protocol to ICCPR                                                | ICCPR-OP 1:ratify
            Ratify OP-ICESCR                                                                     | OP-ICESCR:ratify
            Ratify ICPPED                                                                        | CED:ratify
            Ratify the Convention on Enforced Disappearance                                      | CED:ratify
            Ratify the Convention on Enforced Disappearances                                     | CED:ratify
            Ratify the Migrant Workers Convention                                                | ICRMW:ratify
            Become a party to the Convention on the Rights of Persons with Disabilities and the Optional Protocol thereto | CRPD:accede, OP-CRPD:accede
            Consider becoming party to CED                                                       | CED:consider-ratifying
            Consider signing and ratifying CED                                                   | CED:consider-ratifying
            Consider the possibility of acceding to ICRMW                                        | ICRMW:consider-ratifying
            Complete, without delay, the ratification process of CRPD                           | CRPD:ratify
            Continue to take necessary steps towards the ratification of CRPD                    | CRPD:ratify
            Ratify as soon as possible the Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty | ICCPR-OP 2:ratify
            Accede to and fully align its national legislation with all the obligations under the Rome Statute of the International Criminal Court | Rome Statute:accede
            Ratify the remaining core instruments, in particular CED and ICRMW                  | CED:ratify, ICRMW:ratify
            Ratify CRPD, CED and the Rome Statute, as well as ICCPR-OP 2                          | CRPD:ratify, CED:ratify, Rome Statute:ratify, ICCPR-OP 2:ratify
            Ratify ILO Convention No. 189 on domestic workers                                     | ILO C189:ratify
            Consider the ratification of the ILO Domestic Workers Convention, 2011 (No. 189)      | ILO C189:consider-ratifying
            Ratify and implement the International Labour Organization's 2014 Protocol to the Forced Labour Convention, 1930 (No. 29) | ILO P29:ratify
            Ratify the 1951 Convention relating to the Status of Refugees and its 1967 Protocol  | 1951 Convention:ratify, 1967 Protocol:ratify
            Accede to the 1954 and 1961 Conventions                                              | 1954 Convention:accede, 1961 Convention:accede
            Ratify OP-CAT and accept the individual complaints procedure under article 22 of CAT | OP-CAT:ratify
            Implement CEDAW's recommendations                                                    | -
            Amend the law in line with the Convention against Torture                            | -
            Continue cooperating with treaty bodies                                              | -
            Establish a national preventive mechanism in accordance with OP-CAT                  | -
            Implement the treaties it has ratified, in particular CEDAW                          | -
            Withdraw the reservations made upon ratification of CEDAW                            | -
            Ratify ILO Convention No. 190                                                        | -
            Accede to the Convention on the non-applicability of statutory limitations to war crimes | -
            Ratify the Optional Protocol to the Convention on the Rights of the Child            | -
            Recognize the sign language of the deaf community under the CRPD                     | -
            Adhere to the principles of the Convention against Torture                          | -
            Ratify the amendment to article 8 of ICERD                                           | -
            """)
    void findsEachInstrumentAskedForAndHow(String recommendation, String expected) {
        assertThat(asks(recommendation)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void anOptionalProtocolAdoptedAfterTheRecommendationIsNotAmongItsPlural() {
        ExtractedDocument document = new ExtractedDocument(
                new DocumentInfo("A/HRC/WG.6/7/XYZ/2", "XYZ", "upr-compilation", 1, "en"), null, null, null, null,
                null, null, null,
                List.of(new Paragraph(4, List.of(), null, "", List.of(), List.of(new Statement(
                        "CRC recommended that the State ratify the Optional Protocols to the Convention.", List.of("CRC"),
                        null, 2009, "recommendation", List.of()), new Statement(
                        "CRC also recommended that it ratify the Optional Protocols to the Convention on the Rights of the Child.",
                        List.of("CRC"), null, 2009, "recommendation", List.of())), null)),
                null, null, null);

        assertThat(finder.find(document)).extracting(RatifyRecommendation::instrument, RatifyRecommendation::by,
                        RatifyRecommendation::number, RatifyRecommendation::year, RatifyRecommendation::position)
                .containsExactly(tuple("OP-CRC-AC", List.of("CRC"), "4", 2009, null),
                        tuple("OP-CRC-SC", List.of("CRC"), "4", 2009, null));
    }

    @Test
    void statementsThatRecommendAreReadWhateverTheirKindButWelcomesAreNot() {
        ExtractedDocument document = new ExtractedDocument(
                new DocumentInfo("A/HRC/WG.6/7/XYZ/2", "XYZ", "upr-compilation", 1, "en"), null, null, null, null,
                null, null, null,
                List.of(new Paragraph(1, List.of(), null, "", List.of(), List.of(
                        new Statement("CAT welcomed the ratification of OP-CAT.", List.of("CAT"), null, 2008,
                                "welcome", List.of()),
                        new Statement("UNHCR recommended accession to the 1954 and 1961 Conventions.", List.of(), "UNHCR",
                                null, "recommendation", List.of()),
                        new Statement("CAT regretted the delay and recommended ratification of OP-CAT and the acceptance"
                                + " of the individual complaints procedure under article 22 of CAT.", List.of("CAT"), null,
                                2008, "concern", List.of()),
                        new Statement("CRC noted that the State had not ratified ICRMW.", List.of("CRC"), null, 2007,
                                "information", List.of())), null)),
                null, null, null);

        assertThat(finder.find(document)).extracting(RatifyRecommendation::instrument, RatifyRecommendation::action,
                        RatifyRecommendation::by, RatifyRecommendation::year)
                .containsExactly(tuple("1954 Convention", "accede", List.of("UNHCR"), null),
                        tuple("1961 Convention", "accede", List.of("UNHCR"), null),
                        tuple("OP-CAT", "ratify", List.of("CAT"), 2008));
    }

    @Test
    void theFirstCycleWorkingGroupReportAsksForTheDisabilityConventionTheDeathPenaltyProtocolAndTheRomeStatute() {
        assertThat(firstCycleReport).hasSize(10);
        assertThat(firstCycleReport).extracting(RatifyRecommendation::number, RatifyRecommendation::instrument,
                RatifyRecommendation::action).containsExactly(
                tuple("95.1", "CRPD", "ratify"), tuple("95.1", "OP-CRPD", "ratify"),
                tuple("95.2", "OP-ICESCR", "ratify"), tuple("95.3", "CRPD", "ratify"),
                tuple("95.4", "CRPD", "consider-ratifying"), tuple("95.41", "ICCPR-OP 2", "consider-ratifying"),
                tuple("97.1", "ICRMW", "consider-ratifying"), tuple("97.3", "Rome Statute", "consider-ratifying"),
                tuple("97.3", "ICCPR-OP 2", "consider-ratifying"), tuple("97.17", "ICCPR-OP 2", "ratify"));
        assertThat(firstCycleReport).allSatisfy(r -> {
            assertThat(r.document()).isEqualTo("A/HRC/14/10");
            assertThat(r.year()).isEqualTo(2010); // the review was held in February 2010
        });
        assertThat(firstCycleReport).filteredOn(r -> r.number().equals("95.3"))
                .singleElement().extracting(RatifyRecommendation::by)
                .isEqualTo(List.of("Slovenia", "Republic of Korea"));
        assertThat(firstCycleReport).filteredOn(r -> r.number().equals("95.2")).singleElement()
                .extracting(RatifyRecommendation::by, RatifyRecommendation::position, RatifyRecommendation::core)
                .containsExactly(List.of("Spain"), "Supported", true);
        assertThat(firstCycleReport).filteredOn(r -> r.instrument().equals("Rome Statute")).singleElement()
                .extracting(RatifyRecommendation::core).isEqualTo(false);
    }

    @Test
    void recommendationsThatOnlyReferToTheTortureProtocolAreNotAsksToRatifyIt() {
        // 95.65-95.68 ask for a national preventive mechanism "in accordance with" OP-CAT
        assertThat(firstCycleReport).extracting(RatifyRecommendation::number)
                .doesNotContain("95.42", "95.45", "95.65", "95.66", "95.67", "95.68", "95.88", "95.92");
    }

    @Test
    void theSecondCycleWorkingGroupReportAsksFromManyStatesAreEachFound() {
        assertThat(secondCycleReport).hasSize(27);
        assertThat(numbersAsking(secondCycleReport, "CRPD"))
                .containsExactly("125.1", "125.2", "125.3", "125.4", "125.6", "125.7", "125.8");
        assertThat(numbersAsking(secondCycleReport, "ICRMW")).containsExactly("126.1", "126.2", "126.3", "126.4");
        assertThat(numbersAsking(secondCycleReport, "ICCPR-OP 2"))
                .containsExactly("126.5", "126.6", "126.7", "126.9", "126.10", "126.11", "126.12");
        assertThat(numbersAsking(secondCycleReport, "Rome Statute"))
                .containsExactly("126.13", "126.14", "126.15", "126.16", "126.17", "126.18", "126.19");
        assertThat(secondCycleReport).filteredOn(r -> r.instrument().equals("OP-ICESCR")).singleElement()
                .extracting(RatifyRecommendation::number, RatifyRecommendation::by, RatifyRecommendation::position,
                        RatifyRecommendation::year)
                .containsExactly("125.9", List.of("Portugal", "Uruguay", "Argentina"), "Supported", 2014);
        assertThat(secondCycleReport).filteredOn(r -> r.number().equals("126.4")).singleElement()
                .extracting(RatifyRecommendation::action, RatifyRecommendation::position)
                .containsExactly("consider-ratifying", "Noted");
        assertThat(secondCycleReport).filteredOn(r -> r.number().equals("126.6")).singleElement()
                .extracting(RatifyRecommendation::action).isEqualTo("accede");
    }

    @Test
    void theThirdCycleWorkingGroupReportAsksForTheDisappearancesConventionAndInstrumentsBeyondTheCore() {
        assertThat(numbersAsking(thirdCycleReport, "CED")).containsExactly("121.1", "121.2");
        assertThat(thirdCycleReport).filteredOn(r -> r.number().equals("121.1")).singleElement()
                .extracting(RatifyRecommendation::by).isEqualTo(List.of("France", "Lithuania"));
        assertThat(numbersAsking(thirdCycleReport, "ICRMW")).containsExactly("122.2", "122.3", "122.4");
        assertThat(numbersAsking(thirdCycleReport, "1961 Convention"))
                .containsExactly("122.5", "122.6", "122.7", "122.8", "122.9");
        assertThat(numbersAsking(thirdCycleReport, "ILO P29")).containsExactly("121.3");
        assertThat(numbersAsking(thirdCycleReport, "ILO C189")).containsExactly("122.10");
        assertThat(thirdCycleReport).extracting(RatifyRecommendation::year).containsOnly(2019);
    }

    @Test
    void theCompilationRelaysAsksToJoinSevenInstruments() {
        assertThat(compilation).extracting(RatifyRecommendation::instrument, RatifyRecommendation::action,
                RatifyRecommendation::by).containsExactly(
                tuple("ICRMW", "consider-ratifying", List.of("OHCHR-HC", "CERD", "CEDAW", "CAT")),
                tuple("CRPD", "consider-ratifying", List.of()),
                tuple("CED", "consider-ratifying", List.of()),
                tuple("Rome Statute", "consider-ratifying", List.of()),
                tuple("ICCPR-OP 2", "consider-ratifying", List.of()),
                tuple("1954 Convention", "accede", List.of("CRC")),
                tuple("1961 Convention", "accede", List.of("CRC")));
        assertThat(compilation).allSatisfy(r -> {
            assertThat(r.document()).isEqualTo("A/HRC/WG.6/7/KAZ/2");
            assertThat(r.number()).isEqualTo("1");
            assertThat(r.position()).isNull();
        });
    }

    @Test
    void aWelcomedRatificationIsNoRecommendation() {
        // paragraph 43 welcomes the ratification of OP-CAT
        assertThat(compilation).extracting(RatifyRecommendation::instrument).doesNotContain("OP-CAT");
    }

    @Test
    void everyRecommendationFoundInTheSamplesAsksToRatifyAccedeOrSign() {
        for (List<RatifyRecommendation> found : List.of(firstCycleReport, secondCycleReport, thirdCycleReport,
                compilation)) {
            assertThat(found).allSatisfy(r -> assertThat(ASK_VERB.matcher(r.text()).find())
                    .as(r.number() + " " + r.text()).isTrue());
        }
    }

    @Test
    void aRecommendationIsFulfilledWhenTheStateBecomesPartyInOrAfterItsYear() {
        RatifyRecommendation asked = recommendationOf(2014);

        assertThat(asked.status(Optional.empty())).isEqualTo(Fulfilment.OPEN);
        assertThat(asked.status(Optional.of(PartialDate.ofYear(2015)))).isEqualTo(Fulfilment.FULFILLED);
        assertThat(asked.status(Optional.of(new PartialDate(2014, 1, 3)))).isEqualTo(Fulfilment.FULFILLED);
        assertThat(asked.status(Optional.of(new PartialDate(2008, 3, 18)))).isEqualTo(Fulfilment.ALREADY_PARTY);
    }

    @Test
    void aRecommendationOfUnknownYearIsFulfilledByAnyPartyDate() {
        RatifyRecommendation asked = recommendationOf(null);

        assertThat(asked.status(Optional.of(PartialDate.ofYear(1998)))).isEqualTo(Fulfilment.FULFILLED);
        assertThat(asked.status(Optional.empty())).isEqualTo(Fulfilment.OPEN);
    }

    private static RatifyRecommendation recommendationOf(Integer year) {
        return new RatifyRecommendation("CRPD", true, RatifyRecommendation.RATIFY, "Ratify CRPD (Spain);",
                List.of("Spain"), "A/HRC/99/1", "1.1", year, "Supported");
    }

    private static List<String> numbersAsking(List<RatifyRecommendation> found, String instrument) {
        return found.stream().filter(r -> r.instrument().equals(instrument)).map(RatifyRecommendation::number)
                .toList();
    }
}
