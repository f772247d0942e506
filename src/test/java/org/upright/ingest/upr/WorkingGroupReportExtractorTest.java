package org.upright.ingest.upr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Recommendation;
import org.upright.ingest.model.Section;
import org.upright.reference.ReferenceData;

/** Reports as the PDF reader gives them, in the wordings of different cycles. */
class WorkingGroupReportExtractorTest {
    private final WorkingGroupReportExtractor extractor = new WorkingGroupReportExtractor(ReferenceData.load());

    private static final String CYCLE_THREE = """
            Report of the Working Group on the Universal Periodic Review
            Ruritania
            ---
            A/HRC/99/1
            Introduction
            1. The Working Group on the Universal Periodic Review held its session.
            I. Summary of the proceedings of the review process
            A. Presentation by the State under review
            2. The delegation presented the national report.
            II. Conclusions and/or recommendations
            3. The recommendations formulated during the interactive dialogue/listed below have been
            examined by Ruritania and enjoy the support of Ruritania:
            3.1. Ratify OP-CAT (Brazil);
            3.2. Abolish the death penalty (Iran (Islamic Republic of), Chile and the Holy See);
            3.3. Continue to strengthen the national human rights institution (Bolivarian Republic
            3
            ---
            A/HRC/99/1
            of Venezuela) (State of Palestine);
            4. The following recommendations did not enjoy the support of Ruritania and would thus be
            noted:
            4.1. Ratify the Rome Statute (United Kingdom of Great Britain and Northern Ireland);
            4.2. Decriminalize defamation (Czechia, Trinidad and Tobago).
            5. The following recommendations will be examined by Ruritania, which will provide responses in
            due time, but no later than the forty-fifth session of the Human Rights Council:
            5.1 Ratify ICRMW (Holy See);
            5.2 Adopt a law against discrimination (Netherlands).
            6. All conclusions and/or recommendations contained in the present report reflect the position of
            the submitting State(s) and/or the State under review.
            Annex
            Composition of the delegation
            7. Not a paragraph of the report.
            """;

    @Test
    void readsListsWithTheirPositionsAcrossLinesAndPages() {
        List<String> warnings = new ArrayList<>();
        ExtractedDocument report = extractor.extract(UprFixtures.report("A/HRC/99/1", "RUR", 3),
                ReaderLines.of("report", CYCLE_THREE), warnings);

        assertThat(report.recommendations()).containsExactly(
                new Recommendation("3.1", "Ratify OP-CAT (Brazil);", List.of("Brazil"), "Supported"),
                new Recommendation("3.2",
                        "Abolish the death penalty (Iran (Islamic Republic of), Chile and the Holy See);",
                        List.of("Iran (Islamic Republic of)", "Chile", "Holy See"), "Supported"),
                new Recommendation("3.3", "Continue to strengthen the national human rights institution (Bolivarian "
                        + "Republic of Venezuela) (State of Palestine);",
                        List.of("Bolivarian Republic of Venezuela", "State of Palestine"), "Supported"),
                new Recommendation("4.1",
                        "Ratify the Rome Statute (United Kingdom of Great Britain and Northern Ireland);",
                        List.of("United Kingdom of Great Britain and Northern Ireland"), "Noted"),
                new Recommendation("4.2", "Decriminalize defamation (Czechia, Trinidad and Tobago).",
                        List.of("Czechia", "Trinidad and Tobago"), "Noted"),
                new Recommendation("5.1", "Ratify ICRMW (Holy See);", List.of("Holy See"), null),
                new Recommendation("5.2", "Adopt a law against discrimination (Netherlands).",
                        List.of("Netherlands"), null));
        assertThat(report.paragraphs()).extracting(p -> p.number() + " " + p.sectionPath()).containsExactly(
                "1 []", "2 [I, A]", "3 [II]", "4 [II]", "5 [II]", "6 [II]");
        assertThat(report.paragraphs().get(3).text()).isEqualTo("The following recommendations did not enjoy the "
                + "support of Ruritania and would thus be noted:");
        assertThat(report.sections()).extracting(Section::title).containsExactly("Introduction",
                "Summary of the proceedings of the review process", "Conclusions and/or recommendations");
        assertThat(report.document().symbol()).isEqualTo("A/HRC/99/1");
        assertThat(warnings).isEmpty();
    }

    private static final String CYCLE_ONE = """
            I. Summary of the proceedings of the review process
            1. The delegation presented the national report.
            II. Conclusions and/or recommendations
            2. The recommendations formulated during the interactive dialogue and listed below enjoy the support of
            Ruritania:
            1. To ratify (Spain)/consider ratifying (Argentina) the Convention (Spain, Argentina);
            2. To continue its efforts (Viet Nam);
            3. To share its experience (Lao People’s Democratic Republic).
            3. The recommendations below will be examined by Ruritania:
            1. To abolish the death penalty (France);
            2. To ratify the Rome Statute (Ruritanian Federation).
            4. Ruritania considers that recommendations 1 and 2 above have already been implemented.
            5. At the end of the session, Ruritania rejected recommendation 2 above and accepted recommendation 1.
            """;

    @Test
    void readsNumberedItemsOfCycleOneUnderTheirParagraph() {
        List<String> warnings = new ArrayList<>();
        ExtractedDocument report = extractor.extract(UprFixtures.report("A/HRC/9/9", "RUR", 1),
                ReaderLines.of("report", CYCLE_ONE), warnings);

        assertThat(report.recommendations()).extracting(r -> r.number() + " " + r.position() + " "
                + r.recommendingStates()).containsExactly(
                "2.1 Supported [Spain, Argentina]", "2.2 Supported [Viet Nam]",
                "2.3 Supported [Lao People’s Democratic Republic]", "3.1 Supported [France]",
                "3.2 Noted [Ruritanian Federation]");
        assertThat(report.paragraphs()).extracting(p -> p.number()).containsExactly(1, 2, 3, 4, 5);
        assertThat(warnings).containsExactly(
                "recommendation 3.2: \"Ruritanian Federation\" is not in the countries table");
    }
}
