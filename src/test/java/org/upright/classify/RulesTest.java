package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact wordings added after checking them against every labelled document's habits. */
class RulesTest {
    private final Rules rules = Rules.load(Taxonomy.load());

    private Map<String, Double> found(String text, Family family) {
        return rules.apply(text).getOrDefault(family, Map.of());
    }

    @Test
    void minoritiesAndEthnicGroupsAreMinorities() {
        assertThat(found("Protect the rights of ethnic minorities", Family.AFFECTED_PERSONS)).containsKey("minorities");
        assertThat(found("Guarantee the cultural rights of minority groups", Family.AFFECTED_PERSONS))
                .containsKey("minorities");
    }

    @Test
    void anyWordingOfDisabilityIsPersonsWithDisabilities() {
        assertThat(found("Improve accessibility for disabled people", Family.AFFECTED_PERSONS))
                .containsKey("persons-with-disabilities");
        assertThat(found("Implement the Convention on the Rights of Persons with Disabilities",
                Family.AFFECTED_PERSONS)).containsKey("persons-with-disabilities");
    }

    @Test
    void ruralAreasArePersonsLivingInRuralAreas() {
        assertThat(found("Reduce the gap between urban and rural areas", Family.AFFECTED_PERSONS)).containsKey("rural");
    }

    @Test
    void sdgWordingsGiveTheirGoal() {
        assertThat(found("Eradicate extreme poverty", Family.SDGS)).containsKey("SDG1");
        assertThat(found("Guarantee the right to food", Family.SDGS)).containsKey("SDG2");
        assertThat(found("Improve access to health care", Family.SDGS)).containsKey("SDG3");
        assertThat(found("Promote gender equality", Family.SDGS)).containsKey("SDG5");
        assertThat(found("Ensure access to safe drinking water", Family.SDGS)).containsKey("SDG6");
        assertThat(found("Address the effects of climate change", Family.SDGS)).containsKey("SDG13");
        assertThat(found("Health services for everyone", Family.THEMES)).containsKey("E41");
    }

    @Test
    void unrelatedWordingsGiveNoneOfTheNewLabels() {
        assertThat(rules.apply("Strengthen the independence of the judiciary")).isEmpty();
    }
}
