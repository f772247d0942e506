package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped model and rules on recommendations whose labels are obvious. */
class ClassificationServiceTest {
    private final ClassificationService service = ClassificationService.bundled();

    private static List<String> ids(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::id).toList();
    }

    @Test
    void ratifyingOpCatIsAcceptanceOfInternationalNorms() {
        Suggestions s = service.classify("Ratify the Optional Protocol to the Convention against Torture (Denmark);");
        assertThat(ids(s.themes())).contains("A12");
        assertThat(s.themes().getFirst().label()).isEqualTo("Acceptance of international norms");
    }

    @Test
    void aTortureTextGetsTheTortureTheme() {
        Suggestions s = service.classify("Take effective measures to prevent torture and ill-treatment in places of "
                + "detention and investigate all allegations promptly (Austria);");
        assertThat(ids(s.themes())).contains("D25");
    }

    @Test
    void girlsEducationIsEducationForGirlsAndQualityEducation() {
        Suggestions s = service.classify("Ensure that girls have equal access to quality education at all levels "
                + "(Norway);");
        assertThat(ids(s.themes())).contains("E51");
        assertThat(ids(s.affectedPersons())).containsAnyOf("girls", "women", "children");
        assertThat(ids(s.sdgs())).containsAnyOf("SDG4", "SDG5");
    }

    @Test
    void everyTextGetsAtLeastOneThemeWithConfidencesBetweenZeroAndOne() {
        Suggestions s = service.classify("Continue.");
        assertThat(s.themes()).isNotEmpty();
        assertThat(s.themes()).allSatisfy(t -> assertThat(t.confidence()).isBetween(0.0, 1.0));
        assertThat(s.affectedPersons()).isNotEmpty();
    }

    @Test
    void theRecommendingStatesDoNotChangeTheSuggestions() {
        assertThat(service.classify("Abolish the death penalty (France, Germany);"))
                .isEqualTo(service.classify("Abolish the death penalty"));
    }

    @Test
    void rulesGiveTheirLabelWhereTheWordingIsExact() {
        Rules rules = Rules.load(Taxonomy.load());
        Map<Family, Map<String, Double>> found = rules.apply("Accede to the Rome Statute of the ICC");
        assertThat(found.get(Family.THEMES)).containsEntry("A12", 0.95);
        assertThat(rules.apply("Combat violence against women").get(Family.AFFECTED_PERSONS)).containsKey("women");
        assertThat(rules.apply("Improve the road network")).isEmpty();
    }

    @Test
    void aRuleRaisesALabelTheModelMissed() {
        List<Map.Entry<String, Double>> chosen = ClassificationService.choose(Family.THEMES,
                Map.of("E51", 0.8, "A12", 0.01), Map.of("A12", 0.95), 0.3);
        assertThat(chosen).extracting(Map.Entry::getKey).containsExactly("A12", "E51");
    }

    @Test
    void featuresLeaveOutTheRecommendingStates() {
        assertThat(Features.content("Ratify OP-CAT (Brazil, Chile);")).isEqualTo("Ratify OP-CAT");
        assertThat(Features.of("Ratify OP-CAT (Brazil);")).doesNotContain("w=brazil").contains("w=ratify");
    }
}
