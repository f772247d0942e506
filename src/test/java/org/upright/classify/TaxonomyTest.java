package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one taxonomy: every label of the labelled corpus maps, and the vocabularies of the cycles meet. */
class TaxonomyTest {
    static final Path LABELLED = Path.of("/work/shared/corpus/labelled/upr-thematic-lists.jsonl");
    private final Taxonomy taxonomy = Taxonomy.load();

    @Test
    void everyLabelOfTheLabelledFileMapsToAConcept() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> unmapped = new ArrayList<>();
        int labels = 0;
        for (String line : Files.readAllLines(LABELLED)) {
            JsonNode node = json.readTree(line);
            for (Family family : Family.values()) {
                for (JsonNode label : node.path(family.corpusField())) {
                    labels++;
                    if (taxonomy.map(family, label.asText()).isEmpty()) {
                        unmapped.add(family + ": " + label.asText());
                    }
                }
            }
        }
        assertThat(labels).isGreaterThan(1000);
        assertThat(unmapped).isEmpty();
    }

    @Test
    void theCodedNumberedAndLabelOnlyVocabulariesMeetInOneTheme() {
        assertThat(taxonomy.map(Family.THEMES, "A12 Acceptance of international norms")).get()
                .extracting(Concept::id).isEqualTo("A12");
        assertThat(taxonomy.map(Family.THEMES, "2.1. Acceptance of international norms")).get()
                .extracting(Concept::id).isEqualTo("A12");
        assertThat(taxonomy.map(Family.THEMES, "Acceptance of international norms")).get()
                .extracting(Concept::id).isEqualTo("A12");
        assertThat(taxonomy.map(Family.THEMES, "D26 Conditions of detention")).get()
                .extracting(Concept::label).isEqualTo("Conditions of detention");
    }

    @Test
    void eachSourceLabelIsKeptBesideTheConceptItMapsTo() {
        assertThat(taxonomy.sourceLabels(Family.THEMES))
                .contains(new SourceLabel(Family.THEMES, "uhri-numbered", "12.5. Prohibition of torture and cruel, "
                        + "inhuman or degrading treatment", "D25"));
        assertThat(taxonomy.sourceLabels(Family.AFFECTED_PERSONS))
                .contains(new SourceLabel(Family.AFFECTED_PERSONS, "uhri", "Women", "women"));
    }

    @Test
    void theSeventeenGoalsAreThereAndBothSdgSpellingsMapToThem() {
        assertThat(taxonomy.concepts(Family.SDGS).stream().filter(c -> c.id().matches("SDG\\d+"))).hasSize(17);
        assertThat(taxonomy.map(Family.SDGS, "4 - QUALITY EDUCATION")).get().extracting(Concept::id)
                .isEqualTo("SDG4");
        assertThat(taxonomy.map(Family.SDGS, "S04 SDG 4 \u00a0- education")).get().extracting(Concept::id)
                .isEqualTo("SDG4");
    }

    @Test
    void anUnknownLabelMapsToNothing() {
        assertThat(taxonomy.map(Family.THEMES, "Z99 Nothing of the sort")).isEmpty();
    }

    @Test
    void theSdgTargetsAreAll169EachUnderItsGoal() {
        List<SdgTarget> targets = taxonomy.sdgTargets();
        assertThat(targets).hasSize(169);
        assertThat(targets).extracting(SdgTarget::id).doesNotHaveDuplicates().startsWith("1.1").endsWith("17.19");
        assertThat(targets.stream().filter(t -> t.goalId().equals("SDG16"))).extracting(SdgTarget::id)
                .containsExactly("16.1", "16.2", "16.3", "16.4", "16.5", "16.6", "16.7", "16.8", "16.9", "16.10",
                        "16.a", "16.b");
        assertThat(targets).allMatch(t -> t.id().startsWith(t.goalId().substring(3) + ".") && !t.text().isBlank());
        assertThat(targets.stream().filter(t -> t.id().equals("10.3"))).singleElement()
                .extracting(SdgTarget::text).asString().contains("eliminating discriminatory laws");
    }
}
