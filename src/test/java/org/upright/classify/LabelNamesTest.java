package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names labels carry in the index: coded themes with their code, persons by label, SDGs as "SDG n". */
class LabelNamesTest {
    @Test
    void aCodedThemeReadsAsTheThematicListsPrintItAndAnUncodedOneByItsLabel() {
        assertThat(LabelNames.display(Family.THEMES, "A12", "Acceptance of international norms"))
                .isEqualTo("A12 Acceptance of international norms");
        assertThat(LabelNames.display(Family.THEMES, "X-SELF-DETERMINATION", "Right to self-determination"))
                .isEqualTo("Right to self-determination");
    }

    @Test
    void personsReadByLabelAndGoalsAsSdgAndNumber() {
        assertThat(LabelNames.display(Family.AFFECTED_PERSONS, "persons-with-disabilities",
                "persons with disabilities")).isEqualTo("persons with disabilities");
        assertThat(LabelNames.display(Family.SDGS, "SDG16", "Goal 16. Peace, justice and strong institutions"))
                .isEqualTo("SDG 16");
    }

    @Test
    void theNamesOfAFamilyLeaveOutRejectedLabelsAndRepeats() {
        List<EntryLabel> labels = List.of(
                new EntryLabel("k", Family.THEMES, "D25", "Torture", 0.9, LabelState.SUGGESTED, null, null),
                new EntryLabel("k", Family.THEMES, "A12", "Norms", 0.8, LabelState.REJECTED, "e", null),
                new EntryLabel("k", Family.SDGS, "SDG5", "Goal 5. Gender equality", null, LabelState.ADDED, "e",
                        null));

        assertThat(LabelNames.of(labels, Family.THEMES)).containsExactly("D25 Torture");
        assertThat(LabelNames.of(labels, Family.SDGS)).containsExactly("SDG 5");
        assertThat(LabelNames.of(labels, Family.AFFECTED_PERSONS)).isEmpty();
    }
}
