package org.upright.ingest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a printed line looks like: a heading's label or title, a paragraph's number, a sentence's end, furniture. */
public final class LineShapes {
    public static final int TITLE_MAX = 160;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.;:!?][\"”’)]?\\s*\\d{0,3}$");
    private static final Pattern LABEL_ONLY = Pattern.compile("([A-Z]|[IVXL]{1,5}|\\d{1,2})\\.");
    private static final Pattern LABELLED = Pattern.compile("([A-Z]|[IVXL]{1,5}|\\d{1,2})\\.\\s+(\\S.*)");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\.(?:\\s+(\\S.*))?");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern JOB_NUMBER = Pattern.compile("GE\\.\\d{2}-\\d{3,6}.*");
    private static final Pattern RUNNING_HEADER = Pattern.compile(
            "(?=.*\\d)[A-Z]{1,6}(?:\\.\\d+)?(?:/[A-Za-z0-9.-]+){2,}|(?i:page \\d+)");

    private LineShapes() {
    }

    /** Whether a line ends a sentence, a glued reference number after the punctuation allowed. */
    public static boolean endsSentence(String line) {
        return SENTENCE_END.matcher(line).matches();
    }

    /** "A.", "IV.", "2." alone on a line: a heading's label printed apart from its title. */
    public static boolean isLabelOnly(String line) {
        return LABEL_ONLY.matcher(line).matches();
    }

    /** The label and title of "B. Positive aspects", or null. */
    public static String[] labelled(String line) {
        Matcher m = LABELLED.matcher(line);
        return m.matches() && isTitle(m.group(2)) ? new String[] {m.group(1), m.group(2)} : null;
    }

    /** A paragraph's number at the start of a line, or -1. */
    public static int paragraphNumber(String line) {
        Matcher m = NUMBERED.matcher(line);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** A line that can be (the first line of) a heading's title: short, capitalised, not ending a sentence. */
    public static boolean isTitle(String line) {
        return !line.isEmpty() && line.length() <= TITLE_MAX && Character.isUpperCase(line.charAt(0))
                && !endsSentence(line);
    }

    public static boolean startsLowerCase(String line) {
        return !line.isEmpty() && Character.isLowerCase(line.charAt(0));
    }

    public static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line).matches();
    }

    /** The job number ("GE.13-49837") printed at the foot of a UN document's pages. */
    public static boolean isJobNumber(String line) {
        return JOB_NUMBER.matcher(line).matches();
    }

    /** A rule of underscores that word processors print above a page's notes. */
    public static boolean isNoteSeparator(String line) {
        return line.length() >= 5 && line.chars().allMatch(c -> c == '_');
    }

    /** The document's symbol or "Page 2" printed at the top of its pages. */
    public static boolean isRunningHeader(String line) {
        return RUNNING_HEADER.matcher(line).matches();
    }

    /** "*", "**" opening a note printed at a page's foot (the title's note: "* Adopted by the Committee ..."). */
    public static boolean opensStarNote(String line) {
        return line.startsWith("*") && (line.length() == 1 || line.charAt(1) == ' ' || line.charAt(1) == '*');
    }
}
