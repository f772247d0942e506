package org.upright.ingest.upr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionStatementsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Recommendations 95.1, 95.3-95.7 and 95.9 enjoy the support of Slovenia. | 95.1=S 95.3=S 95.5=S 95.7=S 95.9=S
            It supports recommendations 95.1 and 95.2 and notes 95.3 and 95.4. | 95.1=S 95.2=S 95.3=N 95.4=N
            Recommendations 95.1 and 95.2 are supported; 95.3 and 95.4 are noted.   | 95.1=S 95.2=S 95.3=N 95.4=N
            Slovenia supports 95.1, while it notes 95.2. | 95.1=S 95.2=N
            See recommendation 95.8 above. The Government accepts this recommendation. | 95.8=-
            """)
    void numbersTakeThePositionOfTheirClause(String text, String expected) {
        Map<String, Position> positions = PositionStatements.read(text, RecommendationNumbers::dotted);
        for (String pair : expected.split(" ")) {
            String[] parts = pair.split("=");
            String want = switch (parts[1]) {
                case "S" -> "Supported";
                case "N" -> "Noted";
                default -> null;
            };
            assertThat(Position.labelOf(positions.get(parts[0]))).as(parts[0]).isEqualTo(want);
        }
    }
}
