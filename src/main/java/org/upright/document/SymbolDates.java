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
        OptionalInt session = new DocumentSymbol(symbol).uprSession();
        if (session.isPresent()) {
            return sessions.year(session.getAsInt());
        }
        Matcher hrc = HRC_SESSION.matcher(symbol);
        if (hrc.find()) {
            int council = Integer.parseInt(hrc.group(1));
            return council < 1 ? OptionalInt.empty()
                    : OptionalInt.of(HRC_FIRST_YEAR + (council - 1) / HRC_SESSIONS_PER_YEAR);
        }
        return OptionalInt.empty();
    }
}
