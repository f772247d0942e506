package org.upright.document;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UN document symbol such as "A/HRC/WG.6/7/KAZ/2" or "CAT/C/KAZ/CO/2", with what it reveals: the UPR
 * session, the State's ISO3 code and the document's number in the review.
 */
public record DocumentSymbol(String text) {
    private static final Pattern UPR = Pattern.compile("A/HRC/WG\\.6/(\\d{1,2})/([A-Z]{3})/(\\d)(?:/Corr\\.\\d)?");
    private static final Pattern ANY = Pattern.compile(
            "\\b(?:A/HRC/WG\\.6/\\d{1,2}/[A-Z]{3}/\\d|A/HRC/(?:DEC/)?\\d{1,2}/\\d{1,3}(?:/Add\\.\\d{1,2})?"
            + "|(?:CAT|CCPR|CERD|CEDAW|CRC|CMW|CRPD|CED)/C/(?:[A-Z]+/)*[A-Z]{3}/(?:CO/)?\\d(?:-\\d)?"
            + "|E/C\\.12/[A-Z]{3}/(?:CO/)?\\d(?:-\\d)?)(?:/(?:Corr|Rev)\\.\\d{1,2})?");
    /** File names replace a symbol's slashes with underscores: A_HRC_WG.6_7_KAZ_2.txt. */
    private static final Pattern FILE_NAME = Pattern.compile(
            "(A_HRC_WG\\.6_\\d{1,2}_[A-Z]{3}_\\d|A_HRC_(?:DEC_)?\\d{1,2}_\\d{1,3}(?:_Add\\.\\d{1,2})?)");

    /**
     * The first UN symbol that stands alone on a line of a text: documents print their own symbol so at the top of
     * their pages, while symbols they cite stand inside sentences and notes.
     */
    public static Optional<DocumentSymbol> findIn(String text) {
        for (String line : text.split("\n")) {
            Matcher m = ANY.matcher(line.strip());
            if (m.matches()) {
                return Optional.of(new DocumentSymbol(m.group()));
            }
        }
        return Optional.empty();
    }

    /** The symbol a file name spells with underscores, as the UN's document system names downloads. */
    public static Optional<DocumentSymbol> fromFileName(String fileName) {
        String base = fileName.replaceAll(".*[/\\\\]", "");
        Matcher m = FILE_NAME.matcher(base);
        return m.find() ? Optional.of(new DocumentSymbol(m.group(1).replace('_', '/'))) : Optional.empty();
    }

    /** The UPR Working Group session of a UPR document ("A/HRC/WG.6/7/KAZ/2" gives 7). */
    public OptionalInt uprSession() {
        Matcher m = UPR.matcher(text);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The ISO3 code of the State a UPR document is about. */
    public Optional<String> uprCountry() {
        Matcher m = UPR.matcher(text);
        return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
    }

    /** The document's number in its review: 1 national report, 2 compilation, 3 stakeholders' summary. */
    public OptionalInt uprDocumentNumber() {
        Matcher m = UPR.matcher(text);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(3))) : OptionalInt.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
