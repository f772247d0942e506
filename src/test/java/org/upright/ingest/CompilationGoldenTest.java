package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.ingest.score.ExtractionScore;
import org.upright.reference.ReferenceData;

/**
 * Extracts the 2009 compilation on Kazakhstan and scores it against its hand-checked gold with the metrics of
 * {@code score_extraction.py}; fails below the targets of the foundation issue.
 */
class CompilationGoldenTest {
    /** The sample compilation ships in samples/ for the README's command; tests run in the project directory. */
    private static final Path SAMPLE = Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt");
    private static final String GOLD = "corpus/A_HRC_WG.6_7_KAZ_2.gold.json";
    private static Map<String, Double> scores;

    @BeforeAll
    static void extractAndScore() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Extraction extraction = new Extractor(ReferenceData.load())
                .extract(SAMPLE);
        JsonNode predicted = json.readTree(ExchangeJson.line(extraction.document()));
        JsonNode gold;
        try (InputStream in = CompilationGoldenTest.class.getClassLoader().getResourceAsStream(GOLD)) {
            gold = json.readTree(in);
        }
        scores = ExtractionScore.score(gold, predicted);
        System.out.println("KAZ compilation: " + ExtractionScore.summary(scores));
    }

    @Test
    void everyTableIsRebuiltCellForCell() {
        assertThat(scores).containsEntry("tables.ratifications", 1.0)
                .containsEntry("tables.notParty", 1.0)
                .containsEntry("tables.otherInstruments", 1.0)
                .containsEntry("tables.treatyBodyReporting", 1.0)
                .containsEntry("tables.specialProcedures", 1.0);
    }

    @Test
    void everyFootnoteReferenceIsFoundInReadingOrder() {
        assertThat(scores.get("footnotes")).isEqualTo(1.0);
    }

    @Test
    void sectionsAndParagraphsMatchTheDocument() {
        assertThat(scores.get("sections")).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.get("paragraphs.count")).isEqualTo(1.0);
        assertThat(scores.get("paragraphs.text")).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void statementsAreSegmentedAndAttributed() {
        assertThat(scores.get("statements.segmentation")).isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get("statements.speakers")).isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get("statements.kind")).isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get("statements.year")).isGreaterThanOrEqualTo(0.9);
    }
}
