package org.upright.report;

import java.util.Locale;
import org.upright.common.UsageException;

/** The formats a compilation report is written in; only HTML is implemented so far. */
public enum CompilationFormat {
    HTML;

    /** The format named, or a usage error listing the formats (saying which are planned but not yet written). */
    public static CompilationFormat parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("html")) {
            return HTML;
        }
        if (n.equals("pdf") || n.equals("docx")) {
            throw new UsageException("format \"" + n + "\" is not yet supported: use html (pdf and docx are planned)");
        }
        throw new UsageException("unknown format \"" + name + "\": use html (pdf and docx are not yet supported)");
    }
}
