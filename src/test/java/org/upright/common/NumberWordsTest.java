package org.upright.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts and ordinals as UN prose writes them. */
class NumberWordsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"nine, 9", "16, 16", "twenty-one, 21", "'4,325', 4325", "none, 0"})
    void countsAreReadFromWordsOrDigits(String text, int value) {
        assertThat(NumberWords.parse(text)).hasValue(value);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"first, 1", "second, 2", "third, 3", "seventh, 7", "twelfth, 12", "thirteenth, 13", "twentieth, 20",
        "thirty-fourth, 34", "forty-eighth, 48", "fifty-first, 51", "Twenty-Second, 22", "7th, 7", "41st, 41",
        "ninth, 9", "fifth, 5", "eighteenth, 18", "fortieth, 40"})
    void ordinalsAreReadFromWordsOrDigits(String text, int value) {
        assertThat(NumberWords.parseOrdinal(text)).hasValue(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"session", "the", "month", "fourthly", "twenty-session", ""})
    void wordsThatAreNoOrdinalGiveNothing(String text) {
        assertThat(NumberWords.parseOrdinal(text)).isEqualTo(OptionalInt.empty());
    }
}
