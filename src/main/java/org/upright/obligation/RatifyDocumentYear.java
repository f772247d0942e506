package org.upright.obligation;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.document.DocumentSymbol;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.reference.UprSessions;

/**
 * The year a UPR document made its recommendations, which dates them for {@link RatifyRecommendation#status} and
 * settles which instruments an ambiguous name could mean then.
 */
final class RatifyDocumentYear {
    /** A Working Group report's first paragraph: "The review of [State] was held at the [n]th meeting, on [date]". */
    private static final Pattern REVIEW_HELD = Pattern.compile(
            "review of .{1,120}? was held .{0,80}?\\b((?:19|20)\\d{2})\\b"
            + "|held its .{1,60}? session .{0,80}?\\b((?:19|20)\\d{2})\\b", Pattern.DOTALL);

    private final UprSessions sessions;

    RatifyDocumentYear(UprSessions sessions) {
        this.sessions = sessions;
    }

    /**
     * The session's year for documents whose symbol names the session, the year the review was held for Working
     * Group reports (their first paragraph says so); null otherwise. A UPR cycle alone spans four or five years, too
     * wide to give one.
     */
    Integer of(ExtractedDocument document) {
        if (document.document() != null && document.document().symbol() != null) {
            OptionalInt session = new DocumentSymbol(document.document().symbol()).uprSession();
            if (session.isPresent()) {
                OptionalInt year = sessions.year(session.getAsInt());
                if (year.isPresent()) {
                    return year.getAsInt();
                }
            }
        }
        if (document.recommendations() != null && !document.recommendations().isEmpty()
                && document.paragraphs() != null) {
            for (Paragraph paragraph : document.paragraphs().subList(0, Math.min(3, document.paragraphs().size()))) {
                Matcher held = REVIEW_HELD.matcher(paragraph.text() == null ? "" : paragraph.text());
                if (held.find()) {
                    return Integer.parseInt(held.group(1) != null ? held.group(1) : held.group(2));
                }
            }
        }
        return null;
    }
}
