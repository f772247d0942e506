package org.upright.ingest.generic;

import org.upright.ingest.text.SentenceSpans;
import org.upright.ingest.text.Span;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences, lettered sub-paragraphs, clauses and kinds, as UN prose punctuates and words them. */
class ProseTest {

    private static List<String> texts(String text, List<Span> spans) {
        return spans.stream().map(s -> s.of(text)).toList();
    }

    private static List<String> expected(String joined) {
        return Arrays.stream(joined.split(" / ")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Committee regrets this (art. 2). The State party should act. | The Committee regrets this (art. 2). / The State party should act.
            See general comment No. 3 (2012) on art. 14 of the Convention. | See general comment No. 3 (2012) on art. 14 of the Convention.
            The list is in CEDAW/C/CIV/Q/4/Add.1. The replies came late. | The list is in CEDAW/C/CIV/Q/4/Add.1. / The replies came late.
            Mr. J. Smith visited. He reported. | Mr. J. Smith visited. / He reported.
            It adopted the observations on 20 July 2017. 2018 was busy. | It adopted the observations on 20 July 2017. / 2018 was busy.
            """)
    void sentencesEndAtFullStopsThatAreNotAbbreviations(String text, String sentences) {
        assertThat(texts(text, SentenceSpans.split(text))).isEqualTo(expected(sentences));
    }

    /** Pieces separated by " / ", each prefixed with its letter or "-" for text outside a list. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The State party should: (a) Adopt a law; (b) Train judges; and (c) Report back. | -The State party should: / a(a) Adopt a law; / b(b) Train judges; and / c(c) Report back.
            The Committee requests information relating to (a) investigations and (b) prosecutions. | -The Committee requests information relating to (a) investigations and (b) prosecutions.
            The Committee recommends that the State party: (a) Adopt measures, including (i) a plan and (ii) a budget; (b) Act. | -The Committee recommends that the State party: / a(a) Adopt measures, including (i) a plan and (ii) a budget; / b(b) Act.
            It is concerned that: (a) X; (b) Y. The State party should: (a) Do X; (b) Do Y. | -It is concerned that: / a(a) X; / b(b) Y. The State party should: / a(a) Do X; / b(b) Do Y.
            As required by article 4 (b) of the Convention, the law must change. | -As required by article 4 (b) of the Convention, the law must change.
            """)
    void letteredSubParagraphsFollowAColonAndRunInSequence(String text, String pieces) {
        List<String> actual = SubParagraphs.split(text).stream()
                .map(p -> (p.item() ? String.valueOf(p.letter()) : "-") + p.span().of(text)).toList();
        assertThat(actual).isEqualTo(expected(pieces));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Committee welcomes the submission of the report.                   | welcome
            The Committee notes with appreciation the adoption of the Act.         | welcome
            The Committee appreciates the constructive dialogue.                   | welcome
            The Committee is concerned that the definition is incomplete.          | concern
            The Committee is seriously concerned about the low number of cases.    | concern
            It is, however, concerned about the disparities.                       | concern
            It remains concerned, however, about overcrowding.                     | concern
            The Committee regrets the lack of information.                         | concern
            The Committee notes with concern the high rate of dropouts.            | concern
            JS1 expressed concerns about the use of surrogacy.                     | concern
            The Committee recommends that the State party adopt a law.             | recommendation
            The State party should ensure that all victims obtain redress.         | recommendation
            The Committee urges the State party to act.                            | recommendation
            The Committee calls upon the State party to use the Platform.          | recommendation
            The State party is requested to disseminate the report widely.         | recommendation
            The State party is invited to submit its next report.                  | recommendation
            The Committee draws the attention of the State party to its comment.   | recommendation
            The Committee encourages the State party to ratify the Convention.     | recommendation
            The Committee notes the establishment of an investigation unit.        | information
            The Committee takes note of the information provided by the delegation. | information
            The Group of States against Corruption (CoE-GRECO) recommended reforms. | recommendation
            The Committee considered the report at its meetings.                   | information
            JS3 considered that the State should adopt a strategy.                 | recommendation
            The Committee notes that the recommendations have not been implemented. | information
            The State party should ensure that the persons concerned are heard.    | recommendation
            """)
    void kindComesFromTheMainVerbNotFromNouns(String clause, String kind) {
        assertThat(StatementKinds.of(clause)).hasValue(kind);
    }

    @Test
    void wordsWithoutACueGiveNoKind() {
        assertThat(StatementKinds.of("The report covers the period from 2010 to 2014.")).isEmpty();
    }

    /** Clauses separated by " / ", conceded ones prefixed with "~". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            While noting the amendments, the Committee is concerned that the definition is incomplete. | ~While noting the amendments, / the Committee is concerned that the definition is incomplete.
            The Committee welcomes the Act, but is concerned that it lacks resources. | ~The Committee welcomes the Act, / but is concerned that it lacks resources.
            The Committee notes the training, but regrets the absence of any assessment. | ~The Committee notes the training, / but regrets the absence of any assessment.
            CoE-Commissioner welcomed the plan and recommended that resources be made available. | CoE-Commissioner welcomed the plan / and recommended that resources be made available.
            The Committee is concerned that the right to free, prior and informed consent is not guaranteed. | The Committee is concerned that the right to free, prior and informed consent is not guaranteed.
            Recalling its general recommendation No. 35, updating general recommendation No. 19, the Committee recommends that the State party act. | ~Recalling its general recommendation No. 35, updating general recommendation No. 19, / the Committee recommends that the State party act.
            While welcoming the efforts made, including the adoption of the plan, the Committee regrets the delays. | ~While welcoming the efforts made, including the adoption of the plan, / the Committee regrets the delays.
            The Committee is concerned about reports of violence and regrets that it is not a crime. | The Committee is concerned about reports of violence and regrets that it is not a crime.
            The Committee is concerned at the delays, while noting the efforts made. | The Committee is concerned at the delays, / ~while noting the efforts made.
            """)
    void sentencesDivideWhereAClauseIsConcededOrTheKindChanges(String sentence, String clauses) {
        List<String> actual = ClauseCuts.split(sentence, new Span(0, sentence.length())).stream()
                .map(c -> (c.subordinate() ? "~" : "") + c.span().of(sentence)).toList();
        assertThat(actual).isEqualTo(expected(clauses));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            While noting the amendments, the Committee is concerned that the definition is incomplete (arts. 1 and 4). The State party should: (a) Bring the definition into line; (b) Ensure penalties.
            The Committee welcomes the Act, but is concerned that it lacks resources. The State party should provide them.
            The Committee notes the adoption of the Constitution in 2016. However, it is concerned that: (a) X is missing; (b) Y remains. This includes Z.
            """)
    void unitsTileTheParagraph(String text) {
        List<Units.Unit> units = Units.of(text);
        assertThat(String.join(" ", units.stream().map(u -> u.span().of(text)).toList())).isEqualTo(text);
        assertThat(units).hasSizeGreaterThan(2);
    }
}
