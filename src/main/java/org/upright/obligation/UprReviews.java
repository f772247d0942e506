package org.upright.obligation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.common.NumberWords;
import org.upright.common.PartialDate;
import org.upright.document.DocumentSymbol;
import org.upright.ingest.model.Paragraph;
import org.upright.reference.Country;
import org.upright.reference.UprSessions;

/**
 * A State's next Universal Periodic Review, from the latest Working Group session that reviewed it: a UPR document's
 * symbol (A/HRC/WG.6/34/...) or a Working Group report's opening ("held its thirty-fourth session"). States keep their
 * place in the order of review, so the next review is the session a cycle later; sessions the table does not date
 * yet are placed about five years after the last.
 */
final class UprReviews {
    private static final Pattern HELD_SESSION = Pattern.compile(
            "held its ([a-z]+(?:-[a-z]+)?|\\d+(?:st|nd|rd|th)) session", Pattern.CASE_INSENSITIVE);
    /** How many opening paragraphs of a Working Group report may name its session. */
    private static final int OPENING = 3;
    private static final int YEARS_PER_CYCLE = 5;

    private final UprSessions sessions;

    UprReviews(UprSessions sessions) {
        this.sessions = sessions;
    }

    Optional<Deadline> next(StateEvidence evidence, Country country, LocalDate asOf) {
        int[] reviewed = evidence.documents().stream().mapToInt(this::sessionOf).filter(s -> s > 0).toArray();
        if (reviewed.length == 0) {
            return Optional.empty();
        }
        // the latest review held by the day asked; before any, the first one stored
        OptionalInt last = java.util.Arrays.stream(reviewed).filter(s -> yearOf(s) != null && yearOf(s) <= asOf.getYear())
                .max();
        if (last.isEmpty()) {
            last = java.util.Arrays.stream(reviewed).min();
        }
        int session = last.getAsInt();
        Integer year = null;
        // project cycle by cycle until the review falls on or after the day asked
        for (int next = advance(session); next > 0; next = advance(next)) {
            OptionalInt known = sessions.year(next);
            year = known.isPresent() ? known.getAsInt() : (year == null ? yearOf(session) : year) + YEARS_PER_CYCLE;
            if (year == null || year >= asOf.getYear()) {
                int found = next;
                return Optional.ofNullable(year).map(y -> new Deadline(Deadline.Kind.UPR_REVIEW, PartialDate.ofYear(y),
                        "UPR", "UPR: review of " + country.name() + " (Working Group session " + found
                                + (known.isPresent() ? "" : ", expected") + ")",
                        "The review a cycle after session " + session + "; the national report is due about three "
                                + "months before the session.", "UPR sessions table"));
            }
        }
        return Optional.empty();
    }

    private Integer yearOf(int session) {
        OptionalInt year = sessions.year(session);
        return year.isPresent() ? year.getAsInt() : null;
    }

    /** The session at the same place of the next cycle; 0 when the cycles are unknown. */
    private int advance(int session) {
        OptionalInt cycle = sessions.cycle(session);
        if (cycle.isEmpty()) {
            return 0;
        }
        OptionalInt first = sessions.firstSessionOf(cycle.getAsInt());
        OptionalInt nextFirst = sessions.firstSessionOf(cycle.getAsInt() + 1);
        OptionalInt afterNext = sessions.firstSessionOf(cycle.getAsInt() + 2);
        if (first.isEmpty() || nextFirst.isEmpty() || afterNext.isEmpty()) {
            return 0;
        }
        // a State's place in the order of review, scaled to the next cycle's number of sessions
        int place = session - first.getAsInt();
        int length = nextFirst.getAsInt() - first.getAsInt();
        int nextLength = afterNext.getAsInt() - nextFirst.getAsInt();
        return nextFirst.getAsInt() + Math.min(nextLength - 1, Math.round((float) place * nextLength / length));
    }

    private int sessionOf(StateEvidence.Dated doc) {
        String symbol = doc.stored().symbol();
        OptionalInt session = symbol == null ? OptionalInt.empty() : new DocumentSymbol(symbol).uprSession();
        if (session.isPresent()) {
            return session.getAsInt();
        }
        if (!doc.is("upr-working-group-report") || doc.document().paragraphs() == null) {
            return 0;
        }
        for (Paragraph p : doc.document().paragraphs().subList(0, Math.min(OPENING,
                doc.document().paragraphs().size()))) {
            Matcher m = HELD_SESSION.matcher(p.text());
            if (m.find()) {
                OptionalInt n = NumberWords.parseOrdinal(m.group(1));
                if (n.isPresent()) {
                    return n.getAsInt();
                }
            }
        }
        return 0;
    }
}
