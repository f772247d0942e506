package org.upright.ingest.upr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecommendationNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Recommendations 95.3-95.7 enjoy support        | 95.3 95.4 95.5 95.6 95.7
            Recommendations 95.3–95.7 enjoy support        | 95.3 95.4 95.5 95.6 95.7
            recommendations 95.1, 95.3 and 95.5            | 95.1 95.3 95.5
            recommendations 95.1, 95.3-95.5 and 95.9        | 95.1 95.3 95.4 95.5 95.9
            recommendations 122.17-18, 122.34- 35          | 122.17 122.18 122.34 122.35
            recommendations 122.14– 15                     | 122.14 122.15
            122.141-144,122.146.                           | 122.141 122.142 122.143 122.144 122.146
            recommendations 95.3 to 95.5                   | 95.3 95.4 95.5
            """)
    void findsDottedNumbersAndSpellsOutRanges(String text, String expected) {
        List<String> numbers = RecommendationNumbers.dotted(text).stream()
                .flatMap(f -> f.numbers().stream()).toList();
        assertThat(numbers).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            recommendations Nos. 7, 8, 9 and 12 above       | 7 8 9 12
            recommendations 5-7 and 9                       | 5 6 7 9
            recommendation 5 of the list                    | 5
            recommendations 5., 6. and 7.                   | 5 6 7
            recommendations made in 2010                    | -
            recommendation 122.28                           | -
            """)
    void findsPlainNumbersAfterTheWordRecommendation(String text, String expected) {
        List<String> numbers = RecommendationNumbers.afterWord(text).stream()
                .flatMap(f -> f.numbers().stream()).toList();
        List<String> want = expected.equals("-") ? List.of() : Arrays.asList(expected.split(" "));
        assertThat(numbers).containsExactlyElementsOf(want);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            122.11                                          | 122.11                  | ''
            122.14– 15 Slovenia considers                    | 122.14 122.15           | Slovenia considers
            5., 6., 7., 8., 9. The Government accepts        | 5 6 7 8 9              | The Government accepts
            150.1 Ratify the Convention (Brazil);           | 150.1                   | Ratify the Convention (Brazil);
            95.12. Ratify OP-CAT (Brazil);                  | 95.12                   | Ratify OP-CAT (Brazil);
            Recommendation 124.3: Supported                 | 124.3                   | Supported
            """)
    void readsTheNumbersAtTheStartOfALine(String line, String numbers, String rest) {
        RecommendationNumbers.Leading leading = RecommendationNumbers.leading(line).orElseThrow();
        assertThat(leading.numbers()).containsExactlyElementsOf(Arrays.asList(numbers.split(" ")));
        assertThat(leading.rest()).isEqualTo(rest);
    }

    @Test
    void aListEndingInACommaGoesOnOnTheNextLine() {
        assertThat(RecommendationNumbers.leading("40., 41., 42., Slovenia accepts").orElseThrow().open()).isTrue();
        assertThat(RecommendationNumbers.leading("43., 44. Slovenia accepts").orElseThrow().open()).isFalse();
        assertThat(RecommendationNumbers.leading("2010 was a year")).isEmpty();
    }

    @Test
    void numbersSortByParagraphThenItem() {
        assertThat(List.of("122.10", "121.58", "122.2", "3", "122.100").stream()
                .sorted(RecommendationNumbers.ORDER).toList())
                .containsExactly("3", "121.58", "122.2", "122.10", "122.100");
    }
}
