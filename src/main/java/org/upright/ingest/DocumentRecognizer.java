package org.upright.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.upright.common.BadInputException;
import org.upright.document.DocumentSymbol;
import org.upright.ingest.model.DocumentInfo;
import org.upright.reference.Country;
import org.upright.reference.ReferenceData;

/**
 * Tells what a text is: its UN symbol (printed in it, else spelt by its file name), the State it concerns (named in
 * it, checked against the symbol), its kind and UPR cycle. A text that shows none of a UPR compilation's marks is
 * refused.
 */
final class DocumentRecognizer {
    /** Headings every generation of the OHCHR compilation prints. */
    private static final Pattern COMPILATION_MARKS = Pattern.compile(
            "(?i)(?:background and framework|scope of international obligations|cooperation with (?:international )?"
            + "human rights mechanisms|cooperation with treaty bodies|compilation (?:prepared by|of un information))");

    private final ReferenceData reference;

    DocumentRecognizer(ReferenceData reference) {
        this.reference = reference;
    }

    /** The document's identity and any doubts about it. */
    record Recognition(DocumentInfo info, List<String> warnings) {
    }

    Recognition recognize(String name, String text) {
        List<String> warnings = new ArrayList<>();
        Optional<DocumentSymbol> symbol = DocumentSymbol.findIn(head(text)).or(() -> DocumentSymbol.fromFileName(name));
        if (symbol.isPresent() && !isCompilation(symbol.get())) {
            throw new BadInputException(name + ": " + symbol.get() + " is " + describe(symbol.get())
                    + ", not a UPR compilation (A/HRC/WG.6/<session>/<State>/2); this version extracts compilations only");
        }
        if (symbol.isEmpty() && !COMPILATION_MARKS.matcher(text).find()) {
            throw new BadInputException(name + ": not a UPR compilation (no symbol A/HRC/WG.6/../2 and none of its "
                    + "headings); this version extracts UPR compilations only");
        }
        Optional<Country> named = reference.countries().mostMentioned(text);
        Optional<String> fromSymbol = symbol.flatMap(DocumentSymbol::uprCountry);
        String country = named.map(Country::alpha3).orElse(fromSymbol.orElse(null));
        if (named.isPresent() && fromSymbol.isPresent() && !named.get().alpha3().equals(fromSymbol.get())) {
            warnings.add("the text is mostly about " + named.get().name() + " but its symbol names " + fromSymbol.get());
        }
        if (country == null) {
            warnings.add("no State named in the text");
        }
        Integer cycle = null;
        OptionalInt session = symbol.map(DocumentSymbol::uprSession).orElse(OptionalInt.empty());
        if (session.isPresent()) {
            OptionalInt c = reference.sessions().cycle(session.getAsInt());
            cycle = c.isPresent() ? c.getAsInt() : null;
        }
        DocumentInfo info = new DocumentInfo(symbol.map(DocumentSymbol::text).orElse(null), country,
                "upr-compilation", cycle, "en");
        return new Recognition(info, warnings);
    }

    private static boolean isCompilation(DocumentSymbol symbol) {
        OptionalInt number = symbol.uprDocumentNumber();
        return number.isPresent() && number.getAsInt() == 2;
    }

    private static String describe(DocumentSymbol symbol) {
        OptionalInt number = symbol.uprDocumentNumber();
        if (number.isPresent()) {
            return number.getAsInt() == 1 ? "a national report" : number.getAsInt() == 3
                    ? "a summary of stakeholders' submissions" : "a UPR document";
        }
        return symbol.text().startsWith("A/HRC/") ? "a Human Rights Council document" : "a treaty-body document";
    }

    /** Documents print their own symbol on the first page. */
    private static String head(String text) {
        return text.length() > 3000 ? text.substring(0, 3000) : text;
    }
}
