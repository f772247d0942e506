package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The taxonomy's own words as training statements: names without their list's codes, and the SDG targets. */
class KnowledgeTest {
    private final Taxonomy taxonomy = Taxonomy.load();

    @Test
    void aListsCodeIsNotPartOfALabelsWords() {
        assertThat(Knowledge.words("A12 Acceptance of international norms")).isEqualTo("Acceptance of international norms");
        assertThat(Knowledge.words("29.1. Discrimination against women")).isEqualTo("Discrimination against women");
        assertThat(Knowledge.words("10 - REDUCED INEQUALITIES")).isEqualTo("REDUCED INEQUALITIES");
        assertThat(Knowledge.words("S04 SDG 4\u00a0- education")).isEqualTo("SDG 4 - education");
        assertThat(Knowledge.words("Women")).isEqualTo("Women");
    }

    @Test
    void everyConceptHasItsNameAndEveryTargetItsGoal() {
        List<LabelledStatement> knowledge = Knowledge.of(taxonomy);
        assertThat(knowledge).allMatch(s -> s.doc().equals(Knowledge.DOC));
        assertThat(knowledge).contains(new LabelledStatement(Knowledge.DOC, 0, "Death penalty",
                Map.of(Family.THEMES, Set.of("D23"))));
        for (Family family : Family.values()) {
            for (Concept concept : taxonomy.concepts(family)) {
                assertThat(knowledge).as(concept.id())
                        .anyMatch(s -> s.labels(family) && s.labels().get(family).contains(concept.id()));
            }
        }
        assertThat(knowledge.stream().filter(s -> s.text().startsWith("Ensure equal opportunity and reduce "
                + "inequalities of outcome"))).singleElement()
                .extracting(s -> s.labels().get(Family.SDGS)).isEqualTo(Set.of("SDG10"));
    }
}
