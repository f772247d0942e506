package org.upright.ingest.upr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Recommendation;
import org.upright.ingest.model.Section;
import org.upright.reference.ReferenceData;

/**
 * The two Working Group reports on Kazakhstan, counted by eye in the PDFs: A/HRC/14/10 (cycle 1) lists 102
 * supported recommendations under paragraph 95 and 26 to be examined under paragraph 97; A/HRC/28/10 (cycle 2)
 * lists 47 and 96 supported under paragraphs 124 and 125 and 51 noted under paragraph 126.
 */
class KazakhstanReportsTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();

    @ParameterizedTest
    @EnumSource(UprFixtures.Mode.class)
    void cycleOneReportListsEveryRecommendation(UprFixtures.Mode mode) {
        List<String> warnings = new ArrayList<>();
        ExtractedDocument report = extract("A_HRC_14_10", "A/HRC/14/10", 1, mode, warnings);

        assertThat(numbers(report)).containsExactlyElementsOf(concat(range(95, 102), range(97, 26)));
        assertThat(positions(report, "95.")).containsOnly("Supported");
        assertThat(positions(report, "97.")).containsOnlyNulls();
        assertThat(report.recommendations()).allSatisfy(r -> assertThat(r.recommendingStates()).isNotEmpty());
        assertThat(find(report, "95.3")).isEqualTo(new Recommendation("95.3", "To consider ratifying (Slovenia)/ratify "
                + "(Republic of Korea) the Convention on the Rights of Persons with Disabilities;",
                List.of("Slovenia", "Republic of Korea"), "Supported"));
        assertThat(find(report, "95.38").text()).endsWith("born out of wedlock (Slovenia);");
        assertThat(find(report, "95.51").text()).endsWith("non-governmental organizations (Japan);");
        assertThat(find(report, "95.102").text()).endsWith("the fight against torture (Morocco).");
        assertThat(find(report, "97.26").recommendingStates()).containsExactly("Canada");
        assertThat(report.paragraphs()).extracting(Paragraph::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 98).boxed().toList());
        assertThat(paragraph(report, 96).text()).startsWith("Kazakhstan considers that recommendations Nos. 7, 8,");
        assertThat(report.sections()).extracting(Section::number).containsExactly(null, "I", "II");
        assertThat(warnings).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(UprFixtures.Mode.class)
    void cycleTwoReportListsEveryRecommendation(UprFixtures.Mode mode) {
        List<String> warnings = new ArrayList<>();
        ExtractedDocument report = extract("A_HRC_28_10", "A/HRC/28/10", 2, mode, warnings);

        assertThat(numbers(report)).containsExactlyElementsOf(concat(range(124, 47), range(125, 96), range(126, 51)));
        assertThat(positions(report, "124.")).containsOnly("Supported");
        assertThat(positions(report, "125.")).containsOnly("Supported");
        assertThat(positions(report, "126.")).containsOnly("Noted");
        assertThat(find(report, "124.37").recommendingStates()).containsExactly("Iran (Islamic republic of)");
        assertThat(find(report, "125.9").recommendingStates()).containsExactly("Portugal", "Uruguay", "Argentina");
        assertThat(find(report, "125.27").text()).isEqualTo("Continue applying an inclusive approach for the "
                + "implementation of national programmes in the area of employment (Belarus);");
        assertThat(report.paragraphs()).extracting(Paragraph::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 127).boxed().toList());
        assertThat(paragraph(report, 126).text()).isEqualTo("The following recommendations did not enjoy the "
                + "support of Kazakhstan and would thus be noted:");
        assertThat(report.footnoteOrder()).containsExactly(1);
        if (mode == UprFixtures.Mode.LAYOUT) {
            assertThat(report.recommendations()).allSatisfy(r -> assertThat(r.recommendingStates()).isNotEmpty());
            assertThat(warnings).isEmpty();
        }
    }

    static ExtractedDocument extract(String name, String symbol, int cycle, UprFixtures.Mode mode,
                                     List<String> warnings) {
        return new WorkingGroupReportExtractor(REFERENCE).extract(UprFixtures.report(symbol, "KAZ", cycle),
                UprFixtures.read(name, mode), warnings);
    }

    static List<String> numbers(ExtractedDocument report) {
        return report.recommendations().stream().map(Recommendation::number).toList();
    }

    static List<String> positions(ExtractedDocument report, String prefix) {
        return report.recommendations().stream().filter(r -> r.number().startsWith(prefix))
                .map(Recommendation::position).toList();
    }

    static Recommendation find(ExtractedDocument report, String number) {
        return report.recommendations().stream().filter(r -> r.number().equals(number)).findFirst().orElseThrow();
    }

    static Paragraph paragraph(ExtractedDocument report, int number) {
        return report.paragraphs().stream().filter(p -> p.number() == number).findFirst().orElseThrow();
    }

    /** "95.1" ... "95.&lt;count&gt;". */
    static List<String> range(int paragraph, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> paragraph + "." + i).toList();
    }

    @SafeVarargs
    static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
