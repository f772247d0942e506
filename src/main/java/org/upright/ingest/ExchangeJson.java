package org.upright.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.upright.common.UprightException;
import org.upright.ingest.model.ExtractedDocument;

/** Writes extracted documents as the exchange JSON of {@code corpus/GOLD.md}. */
public final class ExchangeJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private ExchangeJson() {
    }

    /** One document as pretty-printed JSON. */
    public static String pretty(ExtractedDocument document) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UprightException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** One document as JSON on a single line. */
    public static String line(ExtractedDocument document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UprightException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
