package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Vocabulary-aware scoring: a document labelled with a group cannot be told its members apart, and is not asked to. */
class EvaluationTest {
    private final Taxonomy taxonomy = Taxonomy.load();

    private static LabelledStatement statement(String doc, String... themes) {
        return new LabelledStatement(doc, 1, "Some recommendation (Chile);", Map.of(Family.THEMES, Set.of(themes)));
    }

    @Test
    void theTaxonomyKnowsTheGroupOfACodedTheme() {
        assertThat(taxonomy.parent(Family.THEMES, "D25")).contains("D2");
        assertThat(taxonomy.parent(Family.THEMES, "A51")).contains("A5");
        assertThat(taxonomy.parent(Family.THEMES, "D2")).isEmpty();
        assertThat(taxonomy.parent(Family.AFFECTED_PERSONS, "women")).isEmpty();
    }

    @Test
    void aPredictedMemberCountsAsTheGroupForADocumentThatOnlyLabelsTheGroup() {
        List<LabelledStatement> coarse = List.of(statement("coarse", "A5", "B31"), statement("coarse", "E3"));
        Map<String, String> granularity = Evaluation.granularity(taxonomy, coarse).get(Family.THEMES);

        assertThat(Evaluation.atGranularity(Set.of("A51", "E32", "B31"), granularity))
                .containsExactlyInAnyOrder("A5", "E3", "B31");
        assertThat(Evaluation.atGranularity(Set.of("A5"), granularity)).containsExactly("A5");
    }

    @Test
    void aDocumentThatLabelsTheMembersIsScoredStrictly() {
        List<LabelledStatement> fine = List.of(statement("fine", "A4", "A41"), statement("fine", "D25"));
        Map<String, String> granularity = Evaluation.granularity(taxonomy, fine).get(Family.THEMES);

        assertThat(granularity).isEmpty();
        assertThat(Evaluation.atGranularity(Set.of("A41", "A45", "D23"), granularity))
                .containsExactlyInAnyOrder("A41", "A45", "D23");
    }

    @Test
    void bothFiguresAreScoredAndTheVocabularyAwareOnesForgiveOnlyTheCoarseGroup() {
        Evaluation.Counts strict = new Evaluation.Counts();
        Evaluation.Counts aware = new Evaluation.Counts();
        List<LabelledStatement> coarse = List.of(statement("coarse", "A5"));
        Map<String, String> granularity = Evaluation.granularity(taxonomy, coarse).get(Family.THEMES);
        Set<String> predicted = Set.of("A51", "D25");

        strict.add(Set.of("A5"), predicted);
        aware.add(Evaluation.atGranularity(Set.of("A5"), granularity), Evaluation.atGranularity(predicted, granularity));

        assertThat(strict.microF1()).isZero();
        assertThat(aware.microF1()).isEqualTo(2 * 0.5 * 1.0 / 1.5);
    }
}
