package org.upright.document;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.reference.UprSessions;

/**
 * The year a UN document speaks for, where its symbol gives it: a UPR document (A/HRC/WG.6/7/...) the year of its
 * Working Group session, a Human Rights Council document (A/HRC/14/10, A/HRC/DEC/14/105) the year of its Council
 * session, the Council holding three regular sessions a year since June 2006.
 */
public final class SymbolDates {
    private static final Pattern UPR_SESSION = Pattern.compile("^A/HRC/WG\\.6/(\\d+)/");
    private static final Pattern HRC_SESSION = Pattern.compile("^A/HRC/(?:DEC/|RES/)?(\\d+)/");
    private static final int HRC_FIRST_YEAR = 2006;
    private static final int HRC_SESSIONS_PER_YEAR = 3;

    private SymbolDates() {
    }

    /** The year, if the symbol is of a kind that gives one. */
    public static OptionalInt year(String symbol, UprSessions sessions) {
        if (symbol == null) {
            return OptionalInt.empty();
        }
        Matcher upr = UPR_SESSION.matcher(symbol);
        if (upr.find()) {
            return sessions.year(Integer.parseInt(upr.group(1)));
        }
        Matcher hrc = HRC_SESSION.matcher(symbol);
        if (hrc.find()) {
            int session = Integer.parseInt(hrc.group(1));
            return session < 1 ? OptionalInt.empty()
                    : OptionalInt.of(HRC_FIRST_YEAR + (session - 1) / HRC_SESSIONS_PER_YEAR);
        }
        return OptionalInt.empty();
    }
}
