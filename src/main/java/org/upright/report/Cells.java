package org.upright.report;

/** Guards spreadsheet cells against formula injection (OWASP "CSV injection"). */
final class Cells {
    private Cells() {
    }

    /**
     * The text with a leading apostrophe when it starts like a formula (= + - @, tab, carriage return), so that a
     * spreadsheet opening the file shows it as text instead of running it.
     */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
