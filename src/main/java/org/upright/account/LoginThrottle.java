package org.upright.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses sign-ins after too many failures within a window, counted per account name (guessing one password) and per
 * client address (trying many names), in memory: a restart forgets, which is acceptable for a slow-down whose purpose
 * is to make online guessing impractical, not to lock accounts for good. Thread-safe.
 */
public final class LoginThrottle {
    private final Clock clock;
    private final int perName;
    private final int perAddress;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    /**
     * @param perName    failures of one name within the window before its sign-ins are refused
     * @param perAddress failures from one address within the window (higher: several people may share one)
     */
    public LoginThrottle(Clock clock, int perName, int perAddress, Duration window) {
        this.clock = clock;
        this.perName = perName;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** The policy of docs/decisions/0009: 5 failures per name, 20 per address, in 15 minutes. */
    public static LoginThrottle standard(Clock clock) {
        return new LoginThrottle(clock, 5, 20, Duration.ofMinutes(15));
    }

    /** Throws when the name or the address has failed too often lately; says how long to wait. */
    public synchronized void check(String name, String address) {
        Instant now = clock.instant();
        Duration wait = wait(nameKey(name), perName, now);
        Duration byAddress = wait(addressKey(address), perAddress, now);
        if (byAddress.compareTo(wait) > 0) {
            wait = byAddress;
        }
        if (!wait.isZero()) {
            throw new ThrottledException(wait);
        }
    }

    /** Counts a failed sign-in against the name and the address. */
    public synchronized void failed(String name, String address) {
        Instant now = clock.instant();
        if (failures.size() > 100_000) {
            // many distinct names or addresses: forget what is out of the window so memory stays bounded
            failures.values().removeIf(times -> prune(times, now).isEmpty());
        }
        failures.computeIfAbsent(nameKey(name), k -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent(addressKey(address), k -> new ArrayDeque<>()).addLast(now);
    }

    /** A successful sign-in forgets the name's failures (the address's stay: it may be guessing other names). */
    public synchronized void succeeded(String name) {
        failures.remove(nameKey(name));
    }

    private Duration wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null || prune(times, now).size() < limit) {
            return Duration.ZERO;
        }
        // refused until the oldest failure that still counts leaves the window
        Instant[] kept = times.toArray(Instant[]::new);
        Instant until = kept[kept.length - limit].plus(window);
        return Duration.between(now, until);
    }

    private Deque<Instant> prune(Deque<Instant> times, Instant now) {
        Instant start = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
        return times;
    }

    private static String nameKey(String name) {
        return "name:" + String.valueOf(name).strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
