package org.upright.ingest.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Statement;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.RefText;

/** The kind of a paragraph of concluding observations and of each of its statements, from the UN's wording. */
class ObservationStatementsTest {
    private static final ObservationStatements CAT = new ObservationStatements("CAT", 2013);

    private static Paragraph paragraph(String text) {
        return CAT.paragraph(new Layout.Paragraph(7, RefText.of(text), 1), List.of("C"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Committee welcomes the submission of the report.                                         | welcome
            The Committee notes with appreciation the adoption of the Act.                               | welcome
            The Committee is concerned that the definition of torture is incomplete.                     | concern
            The Committee regrets the lack of information on redress.                                    | concern
            The Committee recommends that the State party adopt a law.                                   | recommendation
            The State party should ensure that all allegations are investigated.                        | recommendation
            The Committee requests the State party to provide information by 22 November 2014.           | recommendation
            The Committee considered the report at its 1210th meeting.                                   | information
            The Committee notes the plans to build new prisons.                                          | information
            While noting the amendments, the Committee is concerned that the definition is incomplete.   | concern
            While welcoming the new pension, the Committee is concerned that it is insufficient.         | concern
            The Committee welcomes the Act, but is concerned that it lacks resources.                    | concern
            The Committee notes the plans. It remains concerned, however, about overcrowding.            | concern
            The Committee is concerned about overcrowding. The State party should reduce it.             | recommendation
            The Committee is concerned at reports of ill-treatment. The Committee recommends that the State party investigate them. | recommendation
            The Committee welcomes the institution and encourages the State party to ensure its independence. | recommendation
            """)
    void aParagraphRecommendsIfAnyMainStatementDoesElseTakesItsOpeningKind(String text, String kind) {
        assertThat(paragraph(text).kind()).isEqualTo(kind);
    }

    /** Statement kinds separated by " / ". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The State party should: (a) Bring the definition into line with article 1; (b) Ensure penalties. | recommendation / recommendation / recommendation
            The Committee is also concerned about: (a) The lack of shelters; (b) The absence of data.         | concern / concern / concern
            The Committee welcomes the following measures: (a) The Law on Gender Equality, in 2006; (b) The Law on Persons with Disabilities, in 2010. | welcome / welcome / welcome
            The Committee notes the Constitution. However, it is concerned that: (a) No definition exists; (b) Discrimination remains. The State party should: (a) Adopt a definition; (b) Repeal discriminatory laws. | information / concern / concern / concern / recommendation / recommendation / recommendation
            The Committee urges the State party to: (a) Prohibit corporal punishment. This includes the home; (b) Promote positive discipline. | recommendation / recommendation / recommendation / recommendation
            """)
    void letteredSubParagraphsAreStatementsOfTheKindOfTheirLeadIn(String text, String kinds) {
        List<Statement> statements = paragraph(text).statements();
        assertThat(statements).extracting(Statement::kind).containsExactly(kinds.split(" / "));
        assertThat(String.join(" ", statements.stream().map(Statement::text).toList())).isEqualTo(text);
        assertThat(statements).allSatisfy(s -> {
            assertThat(s.speakers()).containsExactly("CAT");
            assertThat(s.year()).isEqualTo(2013);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The State party should: (a) Adopt a law; (b) Train judges; and (c) Report back. | The State party should: / (a) Adopt a law; / (b) Train judges; and / (c) Report back.
            The Committee requests follow-up information relating to (a) investigations and (b) prosecutions. | The Committee requests follow-up information relating to (a) investigations and (b) prosecutions.
            """)
    void subParagraphsAreSplitOnlyInAListAfterAColon(String text, String expected) {
        assertThat(paragraph(text).statements()).extracting(Statement::text)
                .isEqualTo(Arrays.asList(expected.split(" / ")));
    }
}
