package org.upright.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    /** A clock the test moves by hand. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2026-11-25T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hands clock = new Hands();
    private final LoginThrottle throttle = LoginThrottle.standard(clock);

    @Test
    void fiveFailuresOfOneNameIn15MinutesRefuseItUntilTheFirstLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertThatCode(() -> throttle.check("amina", "10.0.0.1")).doesNotThrowAnyException();
            throttle.failed("amina", "10.0.0." + i);
            clock.now = clock.now.plusSeconds(60);
        }

        assertThatThrownBy(() -> throttle.check("Amina", "10.9.9.9")).isInstanceOf(ThrottledException.class)
                .hasMessageContaining("try again in 10 minute(s)")
                .satisfies(e -> assertThat(((ThrottledException) e).retryAfter()).isEqualTo(Duration.ofMinutes(10)));
        assertThatCode(() -> throttle.check("omar", "10.9.9.9")).as("other names").doesNotThrowAnyException();

        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertThatCode(() -> throttle.check("amina", "10.9.9.9")).doesNotThrowAnyException();
    }

    @Test
    void twentyFailuresFromOneAddressRefuseEveryNameFromIt() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("name" + i, "192.0.2.7");
        }

        assertThatThrownBy(() -> throttle.check("someone-else", "192.0.2.7")).isInstanceOf(ThrottledException.class)
                .hasMessageContaining("15 minute(s)");
        assertThatCode(() -> throttle.check("someone-else", "192.0.2.8")).doesNotThrowAnyException();
    }

    @Test
    void aSuccessForgetsTheNamesFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("amina", "10.0.0.1");
        }
        throttle.succeeded("amina");
        throttle.failed("amina", "10.0.0.1");

        assertThatCode(() -> throttle.check("amina", "10.0.0.2")).doesNotThrowAnyException();
    }
}
