package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.common.BadInputException;

/** Reviewed labels written as the labelled corpus: the fields, canonical ids, and null for a family not reviewed. */
class CorrectionsFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void eachStatementIsOneCorpusLineWithSortedCanonicalIdsAndNullForAFamilyNotReviewed() throws IOException {
        Path file = dir.resolve("corrections.jsonl");
        List<LabelledStatement> statements = List.of(
                new LabelledStatement("A/HRC/22/12", 1, "Ratify OP-CAT (Brazil);",
                        Map.of(Family.THEMES, Set.of("D25", "A12"), Family.SDGS, Set.of())),
                new LabelledStatement("A/HRC/22/12", 2, "Protect \"women\"\nhuman rights defenders;",
                        Map.of(Family.AFFECTED_PERSONS, Set.of("women", "human-rights-defenders"))));

        int written = CorrectionsFile.write(statements, file);

        assertThat(written).isEqualTo(2);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.path("doc").asText()).isEqualTo("A/HRC/22/12");
        assertThat(first.path("text").asText()).isEqualTo("Ratify OP-CAT (Brazil);");
        assertThat(first.get("themes").toString()).isEqualTo("[\"A12\",\"D25\"]");
        assertThat(first.get("sdgs").toString()).isEqualTo("[]");
        assertThat(first.get("affected_persons").isNull()).isTrue();
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(second.path("text").asText()).isEqualTo("Protect \"women\"\nhuman rights defenders;");
        assertThat(second.get("affected_persons").toString()).isEqualTo("[\"human-rights-defenders\",\"women\"]");
        assertThat(second.get("themes").isNull()).isTrue();
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void noCorrectionsIsAnEmptyFileAndAMissingDirectoryIsBadInput() throws IOException {
        Path file = dir.resolve("none.jsonl");

        assertThat(CorrectionsFile.write(List.of(), file)).isZero();
        assertThat(Files.readString(file)).isEmpty();
        assertThatThrownBy(() -> CorrectionsFile.write(List.of(), dir.resolve("missing/c.jsonl")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no such directory");
    }
}
