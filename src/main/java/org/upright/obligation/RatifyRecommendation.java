package org.upright.obligation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.upright.common.PartialDate;

/**
 * A recommendation to a State to join one instrument: ratify it, accede to it, sign it or consider doing so. A
 * recommendation naming two instruments ("Ratify OP-CAT and ICRMW") gives two of these.
 *
 * @param instrument the code of a core instrument ("OP-CAT", "ICCPR-OP 2") or of another instrument as the reference
 *                   data lists it ("Rome Statute", "1954 Convention", "ILO C189")
 * @param core       whether {@code instrument} is one of the 18 core instruments
 * @param action     {@value #RATIFY}, {@value #ACCEDE}, {@value #SIGN} or {@value #CONSIDER}
 * @param text       the recommendation, or the sentence of the paragraph that makes it
 * @param by         the recommending States of a UPR recommendation, or the mechanisms that made a statement
 *                   ("CERD", "UNHCR"); empty when the document does not say
 * @param document   the UN symbol of the document it was read from
 * @param number     the recommendation's number ("95.12"), or the paragraph's number for a statement
 * @param year       the year the recommendation was made, null when unknown
 * @param position   the State's response to a UPR recommendation ("Supported", "Noted"), null for statements or
 *                   when not yet known
 */
public record RatifyRecommendation(String instrument, boolean core, String action, String text, List<String> by,
                                   String document, String number, Integer year, String position) {

    /** Ratify (also "complete the ratification of", "ratification of"). */
    public static final String RATIFY = "ratify";
    /** Accede, adhere, join or become a party. */
    public static final String ACCEDE = "accede";
    /** Sign only: "sign and ratify" is {@value #RATIFY}. */
    public static final String SIGN = "sign";
    /** Consider (or study the possibility of) ratifying, acceding, signing or becoming a party. */
    public static final String CONSIDER = "consider-ratifying";

    /** Where a State stands on such a recommendation once the date it became party is known. */
    public enum Fulfilment {
        /** The State is not party (as far as the caller knows). */
        OPEN,
        /** The State became party in or after the year of the recommendation, or in an unknown relation to it. */
        FULFILLED,
        /** The State was party before the year of the recommendation: the recommendation asked for nothing new. */
        ALREADY_PARTY
    }

    public RatifyRecommendation {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(text, "text");
        by = by == null ? List.of() : List.copyOf(by);
    }

    /**
     * Whether the State did what this recommendation asked, given the date it became party to the instrument
     * (ratification, accession or succession), or empty if it is not party. Signing is not becoming party, so a
     * {@value #SIGN} recommendation is judged by the party date as well. Recommendations are compared by year only,
     * as that is all most sources give: becoming party in the year of the recommendation counts as fulfilling it.
     * When the recommendation's year is unknown any party date fulfils it, since States are asked to join
     * instruments they are not party to.
     */
    public Fulfilment status(Optional<PartialDate> partyDate) {
        if (partyDate.isEmpty()) {
            return Fulfilment.OPEN;
        }
        if (year != null && partyDate.get().year() < year) {
            return Fulfilment.ALREADY_PARTY;
        }
        return Fulfilment.FULFILLED;
    }
}
