package org.upright.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UprSessionsTest {
    private final UprSessions sessions = UprSessions.load();

    @ParameterizedTest(name = "session {0} was held in {1}")
    @CsvSource(textBlock = """
            1,  2008
            7,  2010
            12, 2011
            13, 2012
            34, 2019
            47, 2024
            """)
    void eachSessionHasItsYear(int session, int year) {
        assertThat(sessions.year(session)).hasValue(year);
    }

    @Test
    void aSessionOutsideTheTableHasNoYear() {
        assertThat(sessions.year(0)).isEmpty();
        assertThat(sessions.year(500)).isEmpty();
        assertThat(sessions.lastKnownSession()).isGreaterThanOrEqualTo(53);
    }

    @ParameterizedTest(name = "session {0} is in cycle {1}")
    @CsvSource(textBlock = """
            1,  1
            12, 1
            13, 2
            26, 2
            27, 3
            40, 3
            41, 4
            54, 4
            55, 5
            68, 5
            69, 6
            """)
    void sessionsBelongToTheirReviewCycle(int session, int cycle) {
        assertThat(sessions.cycle(session)).hasValue(cycle);
    }

    @Test
    void thereIsNoSessionZero() {
        assertThat(sessions.cycle(0)).isEmpty();
        assertThat(sessions.cycle(-3)).isEmpty();
    }

    @Test
    void eachCycleStartsWhereThePreviousEnds() {
        assertThat(sessions.firstSessionOf(1)).hasValue(1);
        assertThat(sessions.firstSessionOf(2)).hasValue(13);
        assertThat(sessions.firstSessionOf(3)).hasValue(27);
        assertThat(sessions.firstSessionOf(4)).hasValue(41);
        assertThat(sessions.firstSessionOf(0)).isEmpty();
    }
}
