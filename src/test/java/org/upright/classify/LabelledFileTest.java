package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading labelled lines of several vocabularies into canonical labels. */
class LabelledFileTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyPersonsListMeansGeneralInADocumentThatNeverNamesGeneral() throws IOException {
        Path file = dir.resolve("labelled.jsonl");
        Files.writeString(file, """
                {"doc": "coded", "text": "Abolish the death penalty (A);", "themes": ["D23 Death penalty"], \
                "affected_persons": ["general"]}
                {"doc": "coded", "text": "Ratify the Convention (B);", "themes": ["A12 Acceptance of international norms"], \
                "affected_persons": []}
                {"doc": "label-only", "text": "Recognize sign language (C);", "themes": ["Equality & non-discrimination"], \
                "affected_persons": ["persons with disabilities"]}
                {"doc": "label-only", "text": "Adopt the budget (D);", "themes": ["Constitutional & legislative framework"], \
                "affected_persons": []}
                """);
        List<LabelledStatement> read = LabelledFile.read(file, Taxonomy.load());
        assertThat(read).extracting(s -> s.labels().get(Family.AFFECTED_PERSONS))
                .containsExactly(Set.of("general"), Set.of(), Set.of("persons-with-disabilities"), Set.of("general"));
    }
}
