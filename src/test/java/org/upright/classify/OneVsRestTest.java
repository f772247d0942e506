package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One binary model per label, trained on a slice of the labelled corpus. */
class OneVsRestTest {
    private static List<LabelledStatement> slice;

    @BeforeAll
    static void load() {
        List<LabelledStatement> all = LabelledFile.read(TaxonomyTest.LABELLED, Taxonomy.load());
        slice = all.stream().filter(s -> s.doc().startsWith("CHN")).filter(s -> s.line() % 4 == 0).toList();
    }

    @Test
    void onlyLabelsSeenInEnoughStatementsGetAModel() {
        Map<String, Long> seen = slice.stream().flatMap(s -> s.labels().get(Family.THEMES).stream().distinct())
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        Set<String> frequent = seen.entrySet().stream().filter(e -> e.getValue() >= OneVsRest.MIN_STATEMENTS)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        OneVsRest model = OneVsRest.fit(slice, Family.THEMES);
        assertThat(frequent).isNotEmpty().hasSizeLessThan(seen.size());
        assertThat(model.probabilities(Features.of("anything")).keySet()).isEqualTo(frequent);
    }

    @Test
    void eachLabelHasItsOwnProbabilityNotAShareOfOne() {
        OneVsRest model = OneVsRest.fit(slice, Family.THEMES);
        LabelledStatement statement = slice.get(0);
        Map<String, Double> probabilities = model.probabilities(Features.of(statement.text()));
        assertThat(probabilities.values()).allMatch(p -> p >= 0 && p <= 1);
        assertThat(probabilities.values().stream().mapToDouble(Double::doubleValue).sum()).isNotCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void theSummedMarginsGiveTheSameProbabilitiesAsOpenNlpItself() {
        OneVsRest model = OneVsRest.fit(slice, Family.THEMES);
        for (LabelledStatement statement : slice.subList(0, 20)) {
            String[] features = Features.of(statement.text());
            Map<String, Double> fast = model.probabilities(features);
            model.models().forEach((id, maxent) -> assertThat(fast.get(id))
                    .isCloseTo(maxent.eval(features)[maxent.getIndex("y")], org.assertj.core.data.Offset.offset(1e-9)));
        }
    }

    @Test
    void aWrittenModelReadsBackToTheSameProbabilities() throws IOException {
        OneVsRest model = OneVsRest.fit(slice, Family.AFFECTED_PERSONS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            model.write(out);
        }
        OneVsRest read = OneVsRest.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        String[] features = Features.of("Protect the rights of persons with disabilities and of children");
        assertThat(read.probabilities(features)).isEqualTo(model.probabilities(features));
    }

    @Test
    void themesAndPersonsAreTrainedOneVsRestAndSdgsMultinomial() {
        ClassificationModel model = new ClassifierTrainer(Taxonomy.load()).trainFixed(slice, 0.3);
        assertThat(model.family(Family.THEMES).oneVsRest()).isNotNull();
        assertThat(model.family(Family.AFFECTED_PERSONS).oneVsRest()).isNotNull();
        assertThat(model.family(Family.SDGS).oneVsRest()).isNull();
        assertThat(model.family(Family.SDGS).model()).isNotNull();
    }
}
