package org.upright.report;

/**
 * A heading of the next-cycle draft's outline: the compilation's section ("II", "III", "IV.A" ... "IV.D") and the
 * subsection's title; {@link #OTHER} holds what no rule placed, so that nothing is dropped.
 *
 * @param order the place of the heading in the outline, which orders the draft
 */
public record DraftTheme(String section, String title, int order) {
    /** The subsection after all others, for statements no rule places. */
    public static final DraftTheme OTHER = new DraftTheme("IV", "Other issues", Integer.MAX_VALUE);
}
