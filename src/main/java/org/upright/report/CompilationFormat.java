package org.upright.report;

import java.util.Locale;
import org.upright.common.UsageException;

/** The formats a compilation report is written in; PDF is not implemented yet. */
public enum CompilationFormat {
    HTML,
    DOCX;

    /** The format named, or a usage error listing the formats (saying which are planned but not yet written). */
    public static CompilationFormat parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("html")) {
            return HTML;
        }
        if (n.equals("docx")) {
            return DOCX;
        }
        if (n.equals("pdf")) {
            throw new UsageException("format \"" + n + "\" is not yet supported: use html or docx (pdf is planned)");
        }
        throw new UsageException("unknown format \"" + name + "\": use html or docx (pdf is not yet supported)");
    }
}
