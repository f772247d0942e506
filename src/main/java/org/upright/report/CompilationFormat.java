package org.upright.report;

import java.util.Locale;
import org.upright.common.UsageException;

/** The formats a compilation report is written in. */
public enum CompilationFormat {
    HTML, PDF, DOCX;

    /** The format named, or a usage error listing the formats. */
    public static CompilationFormat parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "html" -> HTML;
            case "pdf" -> PDF;
            case "docx" -> DOCX;
            default -> throw new UsageException("unknown format \"" + name + "\": use html, pdf or docx");
        };
    }
}
