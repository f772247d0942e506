package org.upright.reference;

import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/** UPR Working Group sessions, the year each was held and the review cycle it belongs to. */
public final class UprSessions {
    /**
     * Sessions per cycle. OHCHR numbers the cycles so: the first ran from session 1 (April 2008) to 12 (October
     * 2011), the second from 13 (May 2012) to 26 (November 2016), the third from 27 (May 2017) to 40 (January-February
     * 2022), the fourth from 41 (November 2022) to 54; every cycle since the second has 14 sessions, so later ones
     * are assumed to as well.
     */
    private static final int FIRST_CYCLE_SESSIONS = 12;
    private static final int SESSIONS_PER_CYCLE = 14;

    private final Map<Integer, Integer> years;

    private UprSessions(String csv) {
        Map<Integer, Integer> table = new TreeMap<>();
        // "session,year" with a header line and nothing quoted: simple enough to read by hand
        for (String line : csv.split("\\R")) {
            String[] cells = line.strip().split(",");
            if (cells.length == 2 && !cells[0].isEmpty() && Character.isDigit(cells[0].charAt(0))) {
                table.put(Integer.parseInt(cells[0].strip()), Integer.parseInt(cells[1].strip()));
            }
        }
        years = Map.copyOf(table);
    }

    /** The table, read once per JVM from the classpath. */
    public static UprSessions load() {
        return Holder.INSTANCE;
    }

    /** The year the session was held, if the table knows the session. */
    public OptionalInt year(int session) {
        Integer year = years.get(session);
        return year == null ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /** The review cycle of a session (1 for sessions 1-12, 2 for 13-26, 3 for 27-40, 4 for 41-54, and so on). */
    public OptionalInt cycle(int session) {
        if (session < 1) {
            return OptionalInt.empty();
        }
        if (session <= FIRST_CYCLE_SESSIONS) {
            return OptionalInt.of(1);
        }
        return OptionalInt.of(2 + (session - FIRST_CYCLE_SESSIONS - 1) / SESSIONS_PER_CYCLE);
    }

    /** The first session of a review cycle; empty for a cycle number below 1. */
    public OptionalInt firstSessionOf(int cycle) {
        if (cycle < 1) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(cycle == 1 ? 1 : FIRST_CYCLE_SESSIONS + 1 + (cycle - 2) * SESSIONS_PER_CYCLE);
    }

    /** The highest session number the table gives a year for. */
    public int lastKnownSession() {
        return years.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static final class Holder {
        static final UprSessions INSTANCE = new UprSessions(ReferenceFiles.text("upr-sessions.csv"));
    }
}
