package org.upright.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.upright.common.UsageException;

/** The formats an export is written in, with their media type and file extension. */
public enum ExportFormat {
    CSV("text/csv; charset=utf-8", "csv"),
    JSON("application/json", "json"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** The UPR thematic list: the recommendations only, as a Word table. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type of a response or file of this format. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The formats as users type them: "csv, json, xlsx, docx". */
    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", "));
    }

    /**
     * The format of a name, any case.
     *
     * @throws UsageException naming the formats when the name is none of them
     */
    public static ExportFormat of(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(wanted)) {
                return f;
            }
        }
        throw new UsageException("unknown format \"" + name + "\": use one of " + names());
    }
}
