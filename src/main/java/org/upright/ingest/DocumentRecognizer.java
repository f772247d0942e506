package org.upright.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.common.BadInputException;
import org.upright.document.DocumentSymbol;
import org.upright.ingest.model.DocumentInfo;
import org.upright.reference.Country;
import org.upright.reference.ReferenceData;

/**
 * Tells what a document is from its first page: its UN symbol (printed on it, else spelt by the file name), its kind
 * (from the symbol's form and the title), the State it concerns (named in it, checked against the symbol) and the UPR
 * cycle. A text with no symbol and none of the marks of a UN document is refused.
 */
final class DocumentRecognizer {
    /** Headings every generation of the OHCHR compilation prints. */
    private static final Pattern COMPILATION_MARKS = Pattern.compile(
            "(?i)(?:background and framework|scope of international obligations|cooperation with (?:international )?"
            + "human rights mechanisms|cooperation with treaty bodies|compilation (?:prepared by|of un information|on ))");
    private static final Pattern WORKING_GROUP_REPORT = Pattern.compile(
            "(?i)report of the working group on the universal periodic review");
    private static final Pattern RESPONSES = Pattern.compile(
            "(?i)views on conclusions and/or recommendations|replies presented by the state under review|"
            + "responses? (?:of|by) the (?:state|government)");
    private static final Pattern VISIT = Pattern.compile(
            "(?i)\\b(?:visit|mission|follow-up visit) to\\b|country visit");
    private static final Pattern CONCLUDING = Pattern.compile("(?i)concluding observations");
    private static final Pattern TREATY_SYMBOL = Pattern.compile(
            "(?:CAT|CCPR|CERD|CEDAW|CRC|CMW|CRPD|CED)/C/(?:[A-Z]+/)*([A-Z]{3})/CO/.*|E/C\\.12/([A-Z]{3})/CO/.*");
    private static final Pattern COUNCIL_ADD = Pattern.compile("A/HRC/\\d{1,2}/\\d{1,3}/Add\\.(\\d{1,2})");
    private static final Pattern COUNCIL = Pattern.compile("A/HRC/\\d{1,2}/\\d{1,3}");
    private static final Pattern CITED_UPR_SESSION = Pattern.compile("A/HRC/WG\\.6/(\\d{1,2})/[A-Z]{3}/\\d");
    private static final Pattern UN_DOCUMENT = Pattern.compile(
            "(?i)united nations|general assembly|human rights council|distr\\.|economic and social council");

    private final ReferenceData reference;

    DocumentRecognizer(ReferenceData reference) {
        this.reference = reference;
    }

    /** The document's identity and any doubts about it. */
    record Recognition(DocumentInfo info, List<String> warnings) {
    }

    /**
     * Recognises a document from its first page and whole text.
     *
     * @param compilationsOnly whether only UPR compilations can be read (plain text, whose other kinds have no
     *     extractor that can rely on their layout)
     */
    Recognition recognize(String name, String firstPage, String text, boolean compilationsOnly) {
        List<String> warnings = new ArrayList<>();
        Optional<DocumentSymbol> symbol = DocumentSymbol.findIn(head(firstPage))
                .or(() -> DocumentSymbol.fromFileName(name));
        // Titles wrap over lines: match them on the first page's words joined by single spaces.
        String kind = kind(symbol, head(firstPage).replaceAll("\\s+", " "), text);
        if (kind == null) {
            throw new BadInputException(name + ": not a UN document Upright knows (no UN symbol on its first page "
                    + "and none of the headings of a UPR compilation)");
        }
        if (compilationsOnly && !kind.equals("upr-compilation")) {
            throw new BadInputException(name + ": " + symbol.map(DocumentSymbol::text).orElse("the text") + " is "
                    + describe(kind) + "; as plain text Upright reads UPR compilations only (give the PDF)");
        }
        Optional<String> fromSymbol = symbol.flatMap(DocumentRecognizer::countryOfSymbol);
        Optional<Country> named = reference.countries().mostMentioned(text);
        String country = fromSymbol.orElse(named.map(Country::alpha3).orElse(null));
        if (named.isPresent() && fromSymbol.isPresent() && !named.get().alpha3().equals(fromSymbol.get())
                && kind.equals("upr-compilation")) {
            warnings.add("the text is mostly about " + named.get().name() + " but its symbol names " + fromSymbol.get());
        }
        if (country == null && !kind.equals("other")) {
            warnings.add("no State named in the text");
        }
        Integer cycle = null;
        OptionalInt session = symbol.map(DocumentSymbol::uprSession).orElse(OptionalInt.empty());
        if (session.isEmpty() && kind.startsWith("upr-")) {
            // A Working Group report and its addendum cite the review's documents: A/HRC/WG.6/<session>/...
            Matcher cited = CITED_UPR_SESSION.matcher(text);
            if (cited.find()) {
                session = OptionalInt.of(Integer.parseInt(cited.group(1)));
            }
        }
        if (session.isPresent()) {
            OptionalInt c = reference.sessions().cycle(session.getAsInt());
            cycle = c.isPresent() ? c.getAsInt() : null;
        }
        DocumentInfo info = new DocumentInfo(symbol.map(DocumentSymbol::text).orElse(null), country, kind, cycle,
                "en");
        return new Recognition(info, warnings);
    }

    /** The kind, or null when nothing marks the text as a UN document. */
    private static String kind(Optional<DocumentSymbol> symbol, String head, String text) {
        if (symbol.isPresent()) {
            String s = symbol.get().text();
            OptionalInt number = symbol.get().uprDocumentNumber();
            if (number.isPresent()) {
                return switch (number.getAsInt()) {
                    case 1 -> "upr-national-report";
                    case 2 -> "upr-compilation";
                    case 3 -> "upr-stakeholders-summary";
                    default -> "other";
                };
            }
            if (TREATY_SYMBOL.matcher(s).matches() || (CONCLUDING.matcher(head).find() && s.contains("/C/"))) {
                return "concluding-observations";
            }
            Matcher add = COUNCIL_ADD.matcher(s);
            if (add.matches()) {
                if (RESPONSES.matcher(head).find() || (add.group(1).equals("1") && WORKING_GROUP_REPORT.matcher(head).find())) {
                    return "upr-responses";
                }
                return VISIT.matcher(head).find() ? "sp-visit-report" : "other";
            }
            if (COUNCIL.matcher(s).matches() && WORKING_GROUP_REPORT.matcher(head).find()) {
                return "upr-working-group-report";
            }
            return "other";
        }
        if (COMPILATION_MARKS.matcher(text).find()) {
            return "upr-compilation";
        }
        if (WORKING_GROUP_REPORT.matcher(head).find()) {
            return "upr-working-group-report";
        }
        if (CONCLUDING.matcher(head).find()) {
            return "concluding-observations";
        }
        return UN_DOCUMENT.matcher(head).find() ? "other" : null;
    }

    private static Optional<String> countryOfSymbol(DocumentSymbol symbol) {
        Optional<String> upr = symbol.uprCountry();
        if (upr.isPresent()) {
            return upr;
        }
        Matcher m = TREATY_SYMBOL.matcher(symbol.text());
        if (m.matches()) {
            return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return Optional.empty();
    }

    private static String describe(String kind) {
        return switch (kind) {
            case "upr-national-report" -> "a national report";
            case "upr-stakeholders-summary" -> "a summary of stakeholders' submissions";
            case "upr-working-group-report" -> "a report of the UPR Working Group";
            case "upr-responses" -> "the State's responses to UPR recommendations";
            case "concluding-observations" -> "a treaty body's concluding observations";
            case "sp-visit-report" -> "a special-procedure visit report";
            default -> "a UN document of another kind";
        };
    }

    /** Documents print their own symbol and title on the first page, near the top. */
    private static String head(String text) {
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }
}
