package org.upright.ingest.generic;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.document.DocumentSymbol;
import org.upright.ingest.model.DocumentInfo;
import org.upright.reference.Country;
import org.upright.reference.MechanismMention;
import org.upright.reference.MechanismType;
import org.upright.reference.ReferenceData;

/**
 * What a document other than a compilation or concluding observations is: its symbol (given, printed on its first
 * page, else spelt by its file name), its kind, the State it concerns, its UPR cycle, and for a special-procedure
 * visit report the mandate in its title ("Report of the Special Rapporteur on ...", with "Visit to" or "Mission
 * to" a State).
 */
record GenericIdentity(DocumentInfo info, String mandate) {
    static final String NATIONAL_REPORT = "upr-national-report";
    static final String STAKEHOLDERS_SUMMARY = "upr-stakeholders-summary";
    static final String SP_VISIT_REPORT = "sp-visit-report";
    static final String OTHER = "other";
    private static final Set<String> KINDS = Set.of(NATIONAL_REPORT, STAKEHOLDERS_SUMMARY, SP_VISIT_REPORT, OTHER);

    private static final Pattern NATIONAL = Pattern.compile("(?i)national report submitted");
    private static final Pattern SUMMARY = Pattern.compile(
            "(?i)summary of stakeholders[’'`]? (?:submissions|information)|summary prepared by the office of the "
            + "high commissioner[\\s\\S]{0,120}?paragraph 15 \\(c\\)");
    private static final Pattern VISIT = Pattern.compile("(?i)\\b(?:visit|mission)s? to\\s+(?:the\\s+)?([^\\n]{3,80})");
    private static final Pattern REPORT_OF = Pattern.compile("(?i)report of the\\s+");

    static GenericIdentity of(DocumentInfo given, String name, String firstPage, String text, ReferenceData reference,
                              List<String> warnings) {
        Optional<DocumentSymbol> symbol = Optional.ofNullable(given == null ? null : given.symbol())
                .map(DocumentSymbol::new)
                .or(() -> DocumentSymbol.findIn(firstPage))
                .or(() -> DocumentSymbol.fromFileName(name));
        String mandate = mandate(firstPage, reference);
        String kind = given != null && given.kind() != null && KINDS.contains(given.kind()) ? given.kind()
                : kind(symbol, firstPage, mandate);
        if (kind.equals(SP_VISIT_REPORT) && mandate == null) {
            warnings.add("no special-procedure mandate named in the title; statements have no speaker");
        }
        String country = given != null && given.country() != null ? given.country() : country(symbol, kind, firstPage,
                text, reference);
        if (country == null) {
            warnings.add("no State named in the symbol or the text");
        }
        Integer cycle = null;
        OptionalInt session = symbol.map(DocumentSymbol::uprSession).orElse(OptionalInt.empty());
        if (session.isPresent()) {
            OptionalInt c = reference.sessions().cycle(session.getAsInt());
            cycle = c.isPresent() ? c.getAsInt() : null;
        }
        String language = given != null && given.language() != null ? given.language() : "en";
        return new GenericIdentity(new DocumentInfo(symbol.map(DocumentSymbol::text).orElse(null), country, kind,
                cycle, language), mandate);
    }

    private static String kind(Optional<DocumentSymbol> symbol, String firstPage, String mandate) {
        OptionalInt number = symbol.map(DocumentSymbol::uprDocumentNumber).orElse(OptionalInt.empty());
        if ((number.isPresent() && number.getAsInt() == 1) || NATIONAL.matcher(firstPage).find()) {
            return NATIONAL_REPORT;
        }
        if ((number.isPresent() && number.getAsInt() == 3) || SUMMARY.matcher(firstPage).find()) {
            return STAKEHOLDERS_SUMMARY;
        }
        if (mandate != null && VISIT.matcher(firstPage).find()) {
            return SP_VISIT_REPORT;
        }
        return OTHER;
    }

    /** The special-procedure mandate a "Report of the ..." title on the first page names. */
    private static String mandate(String firstPage, ReferenceData reference) {
        Matcher report = REPORT_OF.matcher(firstPage);
        String joined = firstPage.replace('\n', ' ');
        while (report.find()) {
            for (MechanismMention m : reference.mechanisms().findMentions(joined.substring(report.end()))) {
                if (m.start() == 0 && m.type() == MechanismType.SPECIAL_PROCEDURE && m.codes().size() == 1
                        && !namesAState(m, reference)) {
                    return m.codes().get(0);
                }
            }
        }
        return null;
    }

    /**
     * "the Working Group on Slovenia" is the UPR Working Group's report on a State, not a mandate: a title outside
     * the mechanism table whose topic is a State's name is no special procedure.
     */
    static boolean namesAState(MechanismMention mention, ReferenceData reference) {
        if (reference.mechanisms().byCode(mention.codes().get(0)).isPresent()) {
            return false;
        }
        int on = mention.text().indexOf(" on ");
        String topic = on < 0 ? "" : mention.text().substring(on + 4).strip();
        return reference.countries().findMentions(topic).stream()
                .anyMatch(c -> c.start() == 0 && c.end() == topic.length());
    }

    private static String country(Optional<DocumentSymbol> symbol, String kind, String firstPage, String text,
                                  ReferenceData reference) {
        Optional<String> upr = symbol.flatMap(DocumentSymbol::uprCountry);
        if (upr.isPresent()) {
            return upr.get();
        }
        if (kind.equals(SP_VISIT_REPORT)) {
            Matcher visit = VISIT.matcher(firstPage);
            while (visit.find()) {
                Optional<Country> named = reference.countries().findMentions(visit.group(1)).stream()
                        .map(c -> c.country()).findFirst();
                if (named.isPresent()) {
                    return named.get().alpha3();
                }
            }
        }
        return reference.countries().mostMentioned(firstPage).or(() -> reference.countries().mostMentioned(text))
                .map(Country::alpha3).orElse(null);
    }
}
