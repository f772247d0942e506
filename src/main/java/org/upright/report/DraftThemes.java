package org.upright.report;

/**
 * Places a drafted statement under a heading of the compilation's outline. One method on purpose: the keyword rules
 * ({@link KeywordDraftThemes}) implement it now, the statistical theme classifier (package {@code classify}) later.
 */
public interface DraftThemes {
    /** The statement's heading; {@link DraftTheme#OTHER} when nothing places it (never null). */
    DraftTheme themeOf(DraftStatement statement);
}
