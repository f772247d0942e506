package org.upright.ingest;

import java.util.List;
import org.upright.ingest.model.ExtractedDocument;

/** The outcome of extracting one file: the document in the exchange format and any warnings about it. */
public record Extraction(String source, ExtractedDocument document, List<String> warnings) {
}
