package org.upright.ingest.treaty;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.ingest.model.DocumentInfo;
import org.upright.reference.Country;
import org.upright.reference.MechanismMention;
import org.upright.reference.MechanismType;
import org.upright.reference.ReferenceData;

/**
 * Who issued concluding observations and about which State: the symbol (given, else printed on the title page),
 * the treaty body it names (CAT/C/... is CAT, CCPR/C/... the Human Rights Committee, E/C.12/... CESCR), and the
 * State from the symbol's ISO 3166 code, else from the title ("... periodic report of X").
 */
record ObservationsIdentity(DocumentInfo info, String body) {
    static final String KIND = "concluding-observations";
    /** "CAT/C/PRY/CO/2", "CRC/C/OPAC/VNM/CO/1", "E/C.12/BOL/CO/3", "CERD/C/NOR/CO/23-24". */
    private static final Pattern SYMBOL = Pattern.compile(
            "\\b(?:(?:CAT|CCPR|CERD|CEDAW|CRC|CMW|CRPD|CED)/C(?:/[A-Z]+)*?|E/C\\.12)/([A-Z]{3})/CO/\\d{1,2}(?:-\\d{1,2})?"
            + "(?:/(?:Corr|Rev|Add)\\.\\d{1,2})?");
    private static final Pattern TITLE_STATE = Pattern.compile("(?is)reports?\\s+of\\s+(.{3,80}?)(?:\\*|,|\\n\\n|$)");

    static ObservationsIdentity of(DocumentInfo given, String titlePage, ReferenceData reference, List<String> warnings) {
        String symbol = given != null && given.symbol() != null ? given.symbol() : symbolIn(titlePage).orElse(null);
        Matcher m = symbol == null ? null : SYMBOL.matcher(symbol);
        String fromSymbol = m != null && m.find() ? m.group(1) : null;
        if (fromSymbol != null && reference.countries().byAlpha3(fromSymbol).isEmpty()) {
            warnings.add("the symbol " + symbol + " names no known State (" + fromSymbol + ")");
            fromSymbol = null;
        }
        String country = fromSymbol;
        if (country == null) {
            country = given != null && given.country() != null ? given.country() : titleState(titlePage, reference);
        } else if (given != null && given.country() != null && !given.country().equals(fromSymbol)) {
            warnings.add("the symbol " + symbol + " names " + fromSymbol + ", not " + given.country());
        }
        if (symbol == null) {
            warnings.add("no concluding-observations symbol (e.g. CAT/C/<State>/CO/2) on the first page");
        }
        if (country == null) {
            warnings.add("no State named in the symbol or the title");
        }
        String body = bodyOf(symbol, titlePage, reference);
        if (body == null) {
            warnings.add("no treaty body named by the symbol or on the first page; statements have no speaker");
        }
        String language = given != null && given.language() != null ? given.language() : "en";
        return new ObservationsIdentity(new DocumentInfo(symbol, country, KIND, null, language), body);
    }

    static Optional<String> symbolIn(String text) {
        Matcher m = SYMBOL.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static String bodyOf(String symbol, String titlePage, ReferenceData reference) {
        Optional<String> issuer = reference.mechanisms().mechanismOfSymbol(symbol);
        if (issuer.isPresent()) {
            return issuer.get();
        }
        for (MechanismMention mention : reference.mechanisms().findMentions(titlePage)) {
            if (mention.type() == MechanismType.TREATY_BODY && mention.codes().size() == 1) {
                return mention.codes().get(0);
            }
        }
        return null;
    }

    private static String titleState(String titlePage, ReferenceData reference) {
        Matcher m = TITLE_STATE.matcher(titlePage);
        while (m.find()) {
            Optional<Country> named = reference.countries().findMentions(m.group(1)).stream()
                    .map(c -> c.country()).findFirst();
            if (named.isPresent()) {
                return named.get().alpha3();
            }
        }
        return null;
    }
}
