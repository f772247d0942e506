package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.common.BadInputException;

/** Training on a slice of the labelled corpus (two documents, kept small so the test stays quick). */
class ClassifierTrainerTest {
    private static Taxonomy taxonomy;
    private static List<LabelledStatement> slice;
    /** The slice's model, trained once for the tests that only read it (a training takes seconds). */
    private static ClassificationModel model;
    private static final List<String> FITTED = new java.util.ArrayList<>();

    @BeforeAll
    static void load() {
        taxonomy = Taxonomy.load();
        List<LabelledStatement> all = LabelledFile.read(TaxonomyTest.LABELLED, taxonomy);
        slice = all.stream().filter(s -> s.doc().startsWith("CHN")).filter(s -> s.line() % 4 == 0).toList();
        model = new ClassifierTrainer(taxonomy, FITTED::add).train(slice);
    }

    private static byte[] bytes(ClassificationModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void twoTrainingsOnTheSameStatementsGiveTheSameBytes() throws IOException {
        assertThat(bytes(new ClassifierTrainer(taxonomy).train(slice))).isEqualTo(bytes(model));
    }

    @Test
    void aWrittenModelReadsBackToTheSameSuggestions() throws IOException {
        ClassificationModel read = ClassificationModel.read(new ByteArrayInputStream(bytes(model)));
        String text = "Abolish the death penalty and commute all death sentences";
        assertThat(new ClassificationService(taxonomy, read).classify(text))
                .isEqualTo(new ClassificationService(taxonomy, model).classify(text));
        assertThat(read.threshold(Family.THEMES)).isEqualTo(model.threshold(Family.THEMES)).isBetween(0.0, 1.0);
    }

    @Test
    void sdgsAreLearntOnlyFromDocumentsThatLabelThem() {
        // the cycle-2 matrices predate the SDGs: their empty lists mean "not labelled", not "no goal"
        assertThat(slice.stream().filter(s -> s.doc().contains("cycle2"))).allMatch(s -> !s.labels(Family.SDGS));
        assertThat(slice.stream().filter(s -> s.doc().contains("cycle3"))).allMatch(s -> s.labels(Family.SDGS));
    }

    @Test
    void somethingThatIsNotAModelIsRefused() {
        assertThatThrownBy(() -> ClassificationModel.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void aGoalNoTrainingDocumentLabelsIsStillLearntFromItsTargets() {
        // the slice's one SDG document never labels Goal 10; the taxonomy's targets teach its words
        assertThat(slice.stream().filter(s -> s.labels(Family.SDGS)))
                .noneMatch(s -> s.labels().get(Family.SDGS).contains("SDG10"));
        Suggestions suggestions = new ClassificationService(taxonomy, model)
                .classify("Reduce inequalities of outcome by eliminating discriminatory laws, policies and practices");
        assertThat(suggestions.of(Family.SDGS)).extracting(s -> s.concept().id()).contains("SDG10");
    }

    @Test
    void trainingReportsEachOfTheFitsItAnnounces() {
        List<String> fitted = FITTED;
        // two documents label themes and persons (two inner folds and the final fit each), one labels SDGs
        assertThat(ClassifierTrainer.fits(slice)).isEqualTo(7);
        assertThat(fitted).hasSize(7).contains("themes", "affectedPersons", "sdgs")
                .anyMatch(f -> f.startsWith("themes threshold, without CHN_cycle2"));
    }

    @Test
    void aReviewersCorrectionCountsAsManyTimesAsTheCorrectionWeight() throws IOException {
        // a smaller slice: two trainings here
        List<LabelledStatement> few = slice.stream().filter(s -> s.line() % 8 == 0).toList();
        List<LabelledStatement> corrections = few.subList(0, 3);
        List<LabelledStatement> corpus = few.subList(3, few.size());
        List<LabelledStatement> repeated = new java.util.ArrayList<>(corpus);
        for (int i = 0; i < ClassifierTrainer.CORRECTION_WEIGHT; i++) {
            repeated.addAll(corrections);
        }
        ClassifierTrainer trainer = new ClassifierTrainer(taxonomy);
        assertThat(ClassifierTrainer.CORRECTION_WEIGHT).isGreaterThan(1);
        assertThat(bytes(trainer.train(corpus, corrections))).isEqualTo(bytes(trainer.train(repeated)));
    }
}
