package org.upright.obligation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Recommendation;
import org.upright.ingest.model.Statement;
import org.upright.reference.Instrument;
import org.upright.reference.Instruments;
import org.upright.reference.ReferenceData;

/**
 * Finds the recommendations of a document that ask the State to ratify, accede to or sign an instrument: the
 * numbered recommendations of a UPR Working Group report and the recommending statements of other documents
 * (compilations, concluding observations). One {@link RatifyRecommendation} per recommendation and instrument.
 *
 * <p>An instrument counts only when it is the object of an ask verb ("ratify", "accede to", "sign", "become a
 * party to", "the ratification of", "consider ratifying"): standing near the verb, or listed after an instrument
 * that is ("Ratify OP-CAT, ICRMW and the Rome Statute"). An instrument merely referred to ("in line with the
 * Convention against Torture", "article 22 of CAT") does not count, nor does one the reference data does not know.
 * Instruments are recognised by {@link Instruments#findNames}: codes, aliases and full names, a distinctive beginning
 * of a full name ("the Convention against Torture"), a name with a core code in place of the treaty it belongs to
 * ("the Optional Protocol to CRPD"), and back-references ("its Optional Protocol", "the 1954 and 1961 Conventions").
 * The verbs are {@link AskVerbs}, what they govern {@link AskObjects}.
 */
public final class RatifyRecommendations {
    private static final Pattern RECOMMENDING = Pattern.compile(
            "\\b(?:recommend|urg(?:e|ed|es|ing)\\b|encourag|invit(?:e|ed|es|ing)\\b|request|call(?:ed|s|ing)?\\s+(?:up)?on\\b)",
            Pattern.CASE_INSENSITIVE);

    private final Instruments instruments;
    private final Set<String> coreCodes;
    private final RatifyDocumentYear documentYear;

    /** Reads the instruments and the UPR sessions from the reference data. */
    public RatifyRecommendations(ReferenceData reference) {
        this.instruments = reference.instruments();
        this.coreCodes = instruments.all().stream().map(Instrument::code).collect(Collectors.toUnmodifiableSet());
        this.documentYear = new RatifyDocumentYear(reference.sessions());
    }

    /**
     * Every ask to ratify, accede to or sign an instrument in the document's numbered recommendations and in the
     * recommending statements of its paragraphs, in document order.
     */
    public List<RatifyRecommendation> find(ExtractedDocument document) {
        List<RatifyRecommendation> found = new ArrayList<>();
        String symbol = document.document() == null ? null : document.document().symbol();
        Integer year = documentYear.of(document);
        if (document.recommendations() != null) {
            for (Recommendation recommendation : document.recommendations()) {
                for (AskObjects.Ask ask : asks(recommendation.text(), year)) {
                    found.add(new RatifyRecommendation(ask.code(), coreCodes.contains(ask.code()), ask.action(),
                            recommendation.text(), recommendation.recommendingStates(), symbol,
                            recommendation.number(), year, recommendation.position()));
                }
            }
        }
        if (document.paragraphs() != null) {
            for (Paragraph paragraph : document.paragraphs()) {
                for (Statement statement : paragraph.statements() == null ? List.<Statement>of()
                        : paragraph.statements()) {
                    if (!recommends(statement)) {
                        continue;
                    }
                    // a statement dated by its own source (a treaty body's year) is read as of that year
                    Integer reference = statement.year() != null ? statement.year() : year;
                    for (AskObjects.Ask ask : asks(statement.text(), reference)) {
                        found.add(new RatifyRecommendation(ask.code(), coreCodes.contains(ask.code()), ask.action(),
                                statement.text(), speakers(statement), symbol,
                                Integer.toString(paragraph.number()), statement.year(), null));
                    }
                }
            }
        }
        return found;
    }

    /** The instruments a text asks to join, each once with the action of its first ask. */
    private List<AskObjects.Ask> asks(String text, Integer year) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return AskObjects.find(text, instruments.findNames(text, year));
    }

    private static boolean recommends(Statement statement) {
        if ("recommendation".equals(statement.kind())) {
            return true;
        }
        // a sentence classified otherwise may still recommend ("concerned ..., and recommended ratifying ICRMW")
        return !"welcome".equals(statement.kind()) && statement.text() != null
                && RECOMMENDING.matcher(statement.text()).find();
    }

    private static List<String> speakers(Statement statement) {
        if (statement.speakers() != null && !statement.speakers().isEmpty()) {
            return statement.speakers();
        }
        return statement.reportedBy() == null ? List.of() : List.of(statement.reportedBy());
    }
}
