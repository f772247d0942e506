package org.upright.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FootnoteDetectorTest {
    /** Instrument names with digits, as the reference data protects them. */
    private static final Pattern NAMES = Pattern.compile("ICCPR-OP [12]");
    private final FootnoteDetector detector = new FootnoteDetector(line -> {
        List<int[]> spans = new ArrayList<>();
        Matcher m = NAMES.matcher(line);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    });

    /**
     * Each case is a document of lines (separated by " / ") whose references run from 1 upward; the expected
     * references and the clean text of the last line are given.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Scope1 / treaties2 / invited to ratify CRPD, CED3 and the Rome Statute | 1,2,3 | invited to ratify CRPD, CED and the Rome Statute
            Scope1 / treaties2 / as well as ICCPR-OP 2.3 The Office              | 1,2,3 | as well as ICCPR-OP 2. The Office
            Scope1 / treaties2 / the Committee against Torture (CAT),3 the       | 1,2,3 | the Committee against Torture (CAT), the
            Scope1 / treaties2 / between the prosecutor and the judge;3 take     | 1,2,3 | between the prosecutor and the judge; take
            Scope1 / treaties2 / Additional Protocols thereto 3                  | 1,2,3 | Additional Protocols thereto
            Scope1 / treaties2 / confidence in the process. 3                    | 1,2,3 | confidence in the process.
            Scope1 / treaties2 / Kazakhstan hosted a total of 4,325 refugees.3   | 1,2,3 | Kazakhstan hosted a total of 4,325 refugees.
            Scope1 / treaties2 / ICCPR-OP 1 / in 2008 and 2009.3 The             | 1,2,3 | in 2008 and 2009. The
            Scope1 / treaties2 / judges and lawyers (11 to 17 June 2004)3 next   | 1,2,3 | judges and lawyers (11 to 17 June 2004) next
            Scope1 / treaties2 / the Action Plan for 2009-2012 expedites3        | 1,2,3 | the Action Plan for 2009-2012 expedites
            Scope1 / treaties2 / in which 3 / children were infected.3           | 1,2,3 | children were infected.
            Scope1 / treaties2 / article 3 of the Convention.3                   | 1,2,3 | article 3 of the Convention.
            Scope1 / treaties2 / Millennium Development Goal 3 on education.3    | 1,2,3 | Millennium Development Goal 3 on education.
            Scope1 / treaties2 / 54 per cent of civil servants.3                 | 1,2,3 | 54 per cent of civil servants.
            Scope1 / treaties2 / at the age of 18 years.3                        | 1,2,3 | at the age of 18 years.
            Scope1 / treaties2 / G8 countries noted.3                            | 1,2,3 | G8 countries noted.
            """)
    void referencesAreToldFromRealNumbers(String document, String expected, String lastLine) {
        List<String> lines = Arrays.stream(document.split(" / ")).map(String::strip).toList();
        FootnoteDetector.Result result = detector.detect(lines);
        assertThat(result.order()).containsExactlyElementsOf(
                Arrays.stream(expected.split(",")).map(Integer::valueOf).toList());
        assertThat(result.lines().get(lines.size() - 1).text()).isEqualTo(lastLine);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a1 / b2 / c3 / thematic issues 7 / Visits (June 2004)4 / x5 / y6 / z8  | 1,2,3,7,4,5,6,8
            a1 / b2 / c3 / d4 / e5 / g7 / h8                                       | 1,2,3,4,5,7,8
            """)
    void aTableReferencePrintedOutOfOrderIsKeptWhereItStands(String document, String expected) {
        List<String> lines = Arrays.stream(document.split(" / ")).map(String::strip).toList();
        assertThat(detector.detect(lines).order()).containsExactlyElementsOf(
                Arrays.stream(expected.split(",")).map(Integer::valueOf).toList());
    }

    @org.junit.jupiter.api.Test
    void aReferenceIsTakenOutAndItsOffsetKeptInTheCleanLine() {
        List<String> lines = List.of("Scope1", "b2", "c3", "the year 1998 and 76,308 children", "and 17,500 more.4 Next");
        RefText last = detector.detect(lines).lines().get(4);
        assertThat(last.text()).isEqualTo("and 17,500 more. Next");
        assertThat(last.refs()).containsExactly(new FootnoteRef(4, "and 17,500 more.".length()));
    }
}
