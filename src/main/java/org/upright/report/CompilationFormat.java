package org.upright.report;

import java.util.Locale;
import org.upright.common.UsageException;

/** The formats a compilation report is written in; HTML and PDF so far. */
public enum CompilationFormat {
    HTML, PDF;

    /** The format named, or a usage error listing the formats (saying which are planned but not yet written). */
    public static CompilationFormat parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "html" -> {
                return HTML;
            }
            case "pdf" -> {
                return PDF;
            }
            case "docx" -> throw new UsageException(
                    "format \"docx\" is not yet supported: use html or pdf (docx is planned)");
            default -> throw new UsageException(
                    "unknown format \"" + name + "\": use html or pdf (docx is not yet supported)");
        }
    }
}
