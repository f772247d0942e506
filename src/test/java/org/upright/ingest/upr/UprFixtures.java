package org.upright.ingest.upr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.upright.ingest.model.DocumentInfo;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.ReadDocument;
import org.upright.ingest.text.TextDecoder;

/** The sample UPR documents as pdftotext gave them (see src/test/resources/upr/README.md), read as plain text. */
final class UprFixtures {
    /** The two ways pdftotext lays text out; the extractors must not depend on either. */
    enum Mode { LAYOUT, RAW }

    private UprFixtures() {
    }

    static ReadDocument read(String name, Mode mode) {
        String resource = "upr/" + name + "." + mode.name().toLowerCase(java.util.Locale.ROOT) + ".txt.gz";
        try (InputStream in = UprFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            byte[] bytes = new GZIPInputStream(in).readAllBytes();
            List<DocLine> lines = TextDecoder.lines(name, bytes);
            int pages = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).page();
            return new ReadDocument(name, lines, List.of(), false, pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocumentInfo report(String symbol, String country, int cycle) {
        return new DocumentInfo(symbol, country, "upr-working-group-report", cycle, "en");
    }

    static DocumentInfo responses(String symbol, String country, int cycle) {
        return new DocumentInfo(symbol, country, "upr-responses", cycle, "en");
    }
}
