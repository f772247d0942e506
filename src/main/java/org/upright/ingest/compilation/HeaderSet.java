package org.upright.ingest.compilation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The column or row headers of one UN table type. Text extraction breaks headers into fragments and interleaves
 * the fragments of neighbouring headers ("Core universal human" / "Date of ratification," / "rights treaties"),
 * so a line is recognised as a header fragment when its words are a run of some header's words.
 */
final class HeaderSet {
    private final List<String[]> headers = new ArrayList<>();

    HeaderSet(String... headers) {
        for (String header : headers) {
            this.headers.add(words(header));
        }
    }

    /** The index of the header a line is a fragment of, or -1. */
    int fragmentOf(String line) {
        String[] w = words(line);
        if (w.length == 0) {
            return -1;
        }
        for (int h = 0; h < headers.size(); h++) {
            if (indexOfRun(headers.get(h), w) >= 0) {
                return h;
            }
        }
        return -1;
    }

    /** Whether a line is a fragment of the given header. */
    boolean isFragmentOf(int header, String line) {
        String[] w = words(line);
        return w.length > 0 && indexOfRun(headers.get(header), w) >= 0;
    }

    /** The index of the header whose last words a line is (the fragment that ends a header), or -1. */
    int endOf(String line) {
        String[] w = words(line);
        if (w.length == 0) {
            return -1;
        }
        for (int h = 0; h < headers.size(); h++) {
            String[] header = headers.get(h);
            if (w.length <= header.length && Arrays.equals(w, Arrays.copyOfRange(header, header.length - w.length,
                    header.length))) {
                return h;
            }
        }
        return -1;
    }

    /** Whether a text, given as its {@link #words}, contains the whole of a header: a region of this table type. */
    boolean containsWhole(int header, String[] textWords) {
        return indexOfRun(textWords, headers.get(header)) >= 0;
    }

    private static int indexOfRun(String[] haystack, String[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (!haystack[i + j].equals(needle[j])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String[] words(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replace('/', ' ').replaceAll("[^\\p{L}\\p{N}\\s-]", " ").strip();
        return normal.isEmpty() ? new String[0] : normal.split("\\s+");
    }
}
