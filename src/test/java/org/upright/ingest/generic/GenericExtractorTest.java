package org.upright.ingest.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.ingest.model.DocumentInfo;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Statement;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.ReadDocument;
import org.upright.ingest.text.TextDecoder;
import org.upright.reference.ReferenceData;

/** National reports, stakeholders' summaries, visit reports and other UN documents, from invented texts in UN layout. */
class GenericExtractorTest {
    private static GenericExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new GenericExtractor(ReferenceData.load());
    }

    static ReadDocument read(String name, String text) {
        List<DocLine> lines = TextDecoder.lines(name, text.getBytes(StandardCharsets.UTF_8));
        return new ReadDocument(name, lines, List.of(), false, lines.get(lines.size() - 1).page());
    }

    private static ReadDocument resource(String file) {
        try (InputStream in = GenericExtractorTest.class.getResourceAsStream("/generic/" + file)) {
            return read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Statement> statements(ExtractedDocument document) {
        return document.paragraphs().stream().flatMap(p -> p.statements().stream()).toList();
    }

    private static String speakers(Paragraph paragraph) {
        return String.join(" / ", paragraph.statements().stream()
                .map(s -> s.speakers().isEmpty() ? "-" : String.join("+", s.speakers())).toList());
    }

    @Test
    void aVisitReportSpeaksAsTheMandateOfItsTitleAndRecommendsInItsRecommendationsSection() {
        List<String> warnings = new ArrayList<>();
        ExtractedDocument document = extractor.extract(null, resource("A_HRC_37_61_Add.2.txt"), warnings);
        assertThat(document.document()).isEqualTo(
                new DocumentInfo("A/HRC/37/61/Add.2", "PRY", "sp-visit-report", null, "en"));
        assertThat(warnings).isEmpty();
        assertThat(statements(document)).allSatisfy(s -> {
            assertThat(s.speakers()).containsExactly("SR-food");
            assertThat(s.year()).isEqualTo(2018);
        });
        assertThat(document.paragraphs()).extracting(Paragraph::kind)
                .containsExactly(null, null, null, null, null, null, null, "recommendation", "recommendation",
                        "recommendation");
        assertThat(document.paragraphs().get(9).statements()).extracting(Statement::kind).containsExactly("recommendation");
        assertThat(document.paragraphs().get(6).sectionPath()).containsExactly("IV", "A");
        assertThat(document.sections().get(3).children()).extracting(s -> s.title())
                .containsExactly("Conclusions", "Recommendations");
        assertThat(document.footnoteOrder()).containsExactly(1, 2, 3, 4, 5);
        assertThat(document.endnotes()).extracting(Endnote::mechanisms)
                .containsExactly(List.of("OHCHR"), List.of("CESCR"), List.of(), List.of(), List.of("CERD"));
        assertThat(document.paragraphs()).allSatisfy(p -> assertThat(
                String.join(" ", p.statements().stream().map(Statement::text).toList())).isEqualTo(p.text()));
    }

    private static final String SUMMARY = """
            A/HRC/WG.6/34/XYZ/3
            Distr.: General
            14 August 2019
            Summary of Stakeholders’ submissions on Mongolia*
            I. Information provided by stakeholders
            A. Scope of international obligations
            1. Joint Submission (JS) 1 reported that Mongolia had ratified the Convention.1 JS2 and the Commissioner
            for Human Rights (CoE-Commissioner) recommended that Mongolia ratify the 1961 Convention.2
            2. The Human Rights Ombudsman of Mongolia (the Ombudsman) stated that the law was adopted too
            quickly. It recommended public consultations.3 Amnesty International (AI) welcomed the new Act and
            recommended that Mongolia fund it.4
            3. The Ombudsman noted long waiting lists. In 2017, CoECommissioner urged Mongolia to act.5
            Notes
            1 The stakeholders listed below have contributed information for this summary.
            Civil society
            Individual submissions:
            AI
            Amnesty International, London, United Kingdom;
            HRO
            Human Rights Ombudsman of Mongolia, Ulaanbaatar.
            Joint submissions:
            JS1
            Joint submission 1 submitted by: several organizations;
            JS2
            Joint submission 2 submitted by: other organizations;
            Regional intergovernmental organization(s):
            CoE
            The Council of Europe, Strasbourg (France);
            Attachments:
            (CoE-Commissioner) Report by the Commissioner for Human Rights, CommDH (2017) 21;
            2 JS2, para. 24 and CoE-Commissioner, para. 52.
            3 HRO, p. 3.
            4 AI, p. 2.
            5 CoE-Commissioner, para. 7.
            """;

    @Test
    void aSummarySpeaksAsTheStakeholdersItsListOfSubmissionsDefines() {
        List<String> warnings = new ArrayList<>();
        ExtractedDocument document = extractor.extract(
                new DocumentInfo("A/HRC/WG.6/34/MNG/3", "MNG", null, null, null), read("summary.txt", SUMMARY), warnings);
        assertThat(document.document().kind()).isEqualTo("upr-stakeholders-summary");
        assertThat(document.document().cycle()).isEqualTo(3);
        assertThat(warnings).isEmpty();
        List<Paragraph> paragraphs = document.paragraphs();
        assertThat(speakers(paragraphs.get(0))).isEqualTo("JS1 / JS2+CoE-Commissioner");
        assertThat(speakers(paragraphs.get(1))).isEqualTo("HRO / HRO / AI / AI");
        assertThat(paragraphs.get(1).statements()).extracting(Statement::kind)
                .containsExactly("information", "recommendation", "welcome", "recommendation");
        assertThat(speakers(paragraphs.get(2))).isEqualTo("HRO / CoE-Commissioner");
        assertThat(paragraphs.get(2).statements()).extracting(Statement::year).containsExactly(null, 2017);
        assertThat(document.endnotes().get(1).mechanisms()).containsExactly("JS2", "CoE-Commissioner");
    }

    @Test
    void aNationalReportSpeaksAsItsStateInTheYearOfTheReport() {
        ExtractedDocument document = extractor.extract(null, read("A_HRC_WG.6_34_MNG_1.txt", """
                A/HRC/WG.6/34/MNG/1
                Distr.: General
                6 August 2019
                National report submitted in accordance with paragraph 5 of the annex to Human Rights Council
                resolution 16/21*
                I. Introduction
                1. In June 2017, Mongolia submitted a voluntary mid-term report. The Government consulted
                non-governmental organizations.
                2. The Committee against Torture recommended a new definition of torture, which was adopted in 2017.
                """), new ArrayList<>());
        assertThat(document.document()).isEqualTo(
                new DocumentInfo("A/HRC/WG.6/34/MNG/1", "MNG", "upr-national-report", 3, "en"));
        assertThat(statements(document)).allSatisfy(s -> {
            assertThat(s.speakers()).containsExactly("MNG");
            assertThat(s.year()).isEqualTo(2019);
        });
    }

    @Test
    void aDocumentWithoutNumberedParagraphsGetsItsProseParagraphsByPosition() {
        List<String> warnings = new ArrayList<>();
        ExtractedDocument document = extractor.extract(null, read("A_HRC_DEC_15_101.txt", """
                A/HRC/DEC/15/101
                Distr.: General
                20 October 2010
                Human Rights Council
                Agenda item 6
                Decision adopted by the Human Rights Council
                Outcome of the universal periodic review: Mongolia
                The Human Rights Council,
                Acting in compliance with the mandate entrusted to it by the General Assembly in its
                resolution 60/251 and Council resolution 5/1;
                Adopts the outcome of the universal periodic review on Mongolia, which is constituted of
                the report of the Working Group on Mongolia (A/HRC/15/2/Add.1).
                25th meeting
                30 September 2010
                [Adopted without a vote.]
                """), warnings);
        assertThat(document.document().kind()).isEqualTo("other");
        assertThat(document.document().country()).isEqualTo("MNG");
        assertThat(document.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2);
        assertThat(document.paragraphs().get(1).text()).startsWith("Adopts the outcome").endsWith("(A/HRC/15/2/Add.1).");
        assertThat(statements(document)).allSatisfy(s -> assertThat(s.speakers()).containsExactly("HRC"));
        assertThat(document.footnoteOrder()).isEmpty();
        assertThat(warnings).containsExactly("no numbered paragraphs; 2 prose paragraphs numbered by position");
    }

    @Test
    void otherDocumentsSpeakAsTheMechanismTheirSubjectNames() {
        ExtractedDocument document = extractor.extract(null, read("A_HRC_40_1.txt", """
                A/HRC/40/1
                Distr.: General
                1 March 2019
                Note by the secretariat
                1. The Special Rapporteur on the right to food reported that hunger had increased. She
                recommended a new strategy.
                2. The report of the Working Group on Mongolia was adopted. The secretariat circulated it.
                """), new ArrayList<>());
        assertThat(speakers(document.paragraphs().get(0))).isEqualTo("SR-food / SR-food");
        assertThat(speakers(document.paragraphs().get(1))).isEqualTo("- / -");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A/HRC/WG.6/34/SVN/1 | Human Rights Council                                                       | upr-national-report
            A/HRC/WG.6/7/SVN/3  | Summary prepared by the Office of the High Commissioner                    | upr-stakeholders-summary
            -                   | Summary of Stakeholders’ submissions on Slovenia                            | upr-stakeholders-summary
            -                   | National report submitted in accordance with paragraph 5                   | upr-national-report
            A/HRC/37/61/Add.2   | Visit to Paraguay\\nReport of the Special Rapporteur on the right to food   | sp-visit-report
            A/HRC/40/54/Add.1   | Report of the Working Group on Arbitrary Detention on its mission to Mongolia | sp-visit-report
            A/HRC/14/15/Add.1   | Report of the Working Group on the Universal Periodic Review: Slovenia     | other
            A/HRC/DEC/14/105    | Outcome of the Universal Periodic Review: Slovenia                         | other
            """)
    void theKindComesFromTheSymbolElseTheTitle(String symbol, String firstPage, String kind) {
        String page = (symbol.equals("-") ? "" : symbol + "\n") + firstPage.replace("\\n", "\n") + "\n";
        ExtractedDocument document = extractor.extract(null, read("doc.txt", page + "1. The text.\n"), new ArrayList<>());
        assertThat(document.document().kind()).isEqualTo(kind);
    }
}
