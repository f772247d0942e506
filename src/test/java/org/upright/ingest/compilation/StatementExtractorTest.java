package org.upright.ingest.compilation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Statement;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.RefText;
import org.upright.reference.ReferenceData;

/** Speaker, kind and year of statements in paragraphs written the way compilations of any State write them. */
class StatementExtractorTest {
    private static StatementExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new StatementExtractor(ReferenceData.load());
    }

    private static List<Statement> statements(String text) {
        Paragraph p = extractor.paragraph(new Layout.Paragraph(1, RefText.of(text), 1), List.of("II"),
                extractor.newContext("NAM", java.util.Map.of()));
        return p.statements();
    }

    @org.junit.jupiter.api.Test
    void aStatementThatNamesNoSpeakerTakesItFromTheSourceOfItsNote() {
        String text = "It was recommended that Namibia ratify ICRMW. The Government was also invited to act.";
        RefText body = new RefText(text, List.of(
                new org.upright.ingest.text.FootnoteRef(3, text.indexOf(" The")),
                new org.upright.ingest.text.FootnoteRef(4, text.length())));
        Paragraph p = extractor.paragraph(new Layout.Paragraph(2, body, 1), List.of("II"),
                extractor.newContext("NAM", java.util.Map.of(3, List.of("CMW"), 4, List.of("CRC"))));
        assertThat(p.statements()).extracting(Statement::speakers)
                .containsExactly(List.of("CMW"), List.of("CRC"));
        assertThat(p.statements()).extracting(Statement::footnotes).containsExactly(List.of(3), List.of(4));
    }

    /** Speakers of each statement: codes joined by "+", statements separated by " / ", "-" for none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2016, the Human Rights Committee recommended that Namibia ratify CED. | HRCttee
            Namibia stated that it had adopted a new law on domestic violence. | NAM
            In 2009, the Government indicated that a new law had been adopted. | NAM
            The Government was moving forward with its policy on languages. | -
            Namibia was invited to consider ratifying CRPD, CED and ICRMW. | -
            It was recommended that Namibia ratify the Rome Statute. | -
            The Office of the United Nations High Commissioner for Refugees (UNHCR) highlighted the fact that the Committee on the Rights of the Child (CRC) had urged Namibia to accede to the 1961 Convention. | CRC
            The Special Rapporteur on the right to food visited Namibia in 2012. She recommended that Namibia adopt a food strategy. | SR-food / SR-food
            CEDAW expressed concern about child marriage. The Committee recommended that the minimum age be raised. | CEDAW / CEDAW
            The Special Rapporteur on the question of torture visited prisons. CAT recommended an inquiry. The Special Rapporteur noted overcrowding. | SR-torture / CAT / SR-torture
            Similar recommendations were made by CAT in 2008. | CAT
            In 2009, UNHCR noted the presence of civil society and UNESCO indicated that it was weak. | UNHCR / UNESCO
            CRC, CERD and CEDAW noted the measures taken to combat trafficking. | CRC+CERD+CEDAW
            CEDAW urged the enactment of the law, and the Special Rapporteur on violence against women recommended its adoption. | CEDAW / SR-violence-against-women
            Information was provided by: UNESCO on its activities; UNICEF on its country programme; and UNDP on its projects. | UNESCO / UNICEF / UNDP
            In 2006, communications were sent by the Special Rapporteurs on the question of torture and on freedom of religion or belief. | SR-torture+SR-religion
            The independent expert on minority issues urged the Government to act. The Government was also urged to engage in dialogue. | IE-minorities / IE-minorities
            In 2007, the Committee on Economic, Social and Cultural Rights (CESCR) expressed concern at the high rate of unemployment. | CESCR
            CRC was concerned that corporal punishment is still practised and recommended that Namibia prohibit it. | CRC / CRC
            The United Nations country team (UNCT) reported that the census had been delayed. | UNCT
            In its 2009 report, the Working Group on Enforced or Involuntary Disappearances indicated that three cases remained outstanding. | WG-disappearances
            According to UNHCR, the number of asylum-seekers increased in 2008. | UNHCR
            UNHCR noted that Namibia had not yet acceded to the 1954 Convention. | UNHCR
            The present report was prepared pursuant to Human Rights Council resolutions 5/1 and 16/21. | -
            He recommended that disaggregated data be collated and published by the authorities. | -
            She encouraged it to ensure that abuse was prevented, detected and reported at all levels. | -
            """)
    void speakersAreTheSubjectOrAgentOfTheMainVerb(String text, String expected) {
        List<String> actual = statements(text).stream()
                .map(s -> s.speakers().isEmpty() ? "-" : String.join("+", s.speakers())).toList();
        assertThat(actual).containsExactlyElementsOf(Arrays.asList(expected.split(" / ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2016, the Human Rights Committee recommended that Namibia ratify CED. | recommendation
            CAT noted with concern reports of torture in custody. | concern
            UNHCR noted with appreciation the adoption of the refugee law. | welcome
            UNICEF reported that school enrolment had increased. | information
            UNICEF highlighted the gaps in legislation; follow-up of adoptions are areas of concern. | concern
            UNICEF observed that greater attention needs to be paid to child poverty. | recommendation
            CRC regretted that corporal punishment was lawful. | concern
            In 2007, the High Commissioner welcomed the moratorium and encouraged abolition. | welcome / recommendation
            CEDAW, while noting the draft law, requested its adoption. | information / recommendation
            However, the plan does not include recommendations on durable solutions. | information
            CRC was concerned that corporal punishment is still practised and recommended that Namibia prohibit it. | concern / recommendation
            The Special Rapporteur on the right to education recommended the adoption of a law on compulsory education. | recommendation
            UNHCR noted that Namibia had not yet acceded to the 1954 Convention. | information
            """)
    void kindComesFromTheMainVerb(String text, String expected) {
        assertThat(statements(text).stream().map(Statement::kind).toList())
                .containsExactlyElementsOf(Arrays.asList(expected.split(" / ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2007, CRC expressed concern about child labour. It also recommended a survey. | 2007 / 2007
            UNICEF indicated that in 2008 a total of 7000 children were in institutions. | -
            During his 2009 visit, the Special Rapporteur on the question of torture noted overcrowding. | 2009
            In 2007, CRC noted progress. In 2009, UNICEF reported a survey. CRC recommended more. | 2007 / 2009 / 2007
            CRC and CEDAW requested measures. CRC also urged action. | - / -
            Namibia contributed financially to OHCHR in 2008 and 2009. | -
            CERD recommended, in 2004, that Namibia adopt a law. It also urged training. | 2004 / 2004
            OHCHR commissioned a study in 2008. It held a seminar. | 2008 / -
            The Special Rapporteur on minority issues noted the adoption in 2017 of amendments to the law. | -
            UNHCR in 2009 highlighted the fact that CERD had urged Namibia to act. | -
            """)
    void yearsAreTheSpeakersOwnAndCarryForwardWithinTheParagraph(String text, String expected) {
        assertThat(statements(text).stream().map(s -> s.year() == null ? "-" : s.year().toString()).toList())
                .containsExactlyElementsOf(Arrays.asList(expected.split(" / ")));
    }
}
