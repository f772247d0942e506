package org.upright.ingest.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.upright.ingest.Extractor;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.reference.ReferenceData;

/** The sample documents, read and extracted once per test run. */
final class Samples {
    static final String KAZ_COMPILATION = "A_HRC_WG.6_7_KAZ_2.txt";
    static final String SVN_WORKING_GROUP_REPORT = "A_HRC_43_15.pdf";
    static final String SVN_CYCLE3_COMPILATION = "A_HRC_WG.6_34_SVN_2.pdf";

    private static final Path DIR = Path.of("samples");
    private static final Map<String, ExtractedDocument> EXTRACTED = new ConcurrentHashMap<>();
    private static Extractor extractor;

    private Samples() {
    }

    static SourceFile file(String name) {
        try {
            return new SourceFile(name, Files.readAllBytes(DIR.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExtractedDocument extracted(String name) {
        return EXTRACTED.computeIfAbsent(name, n -> extractor().extract(DIR.resolve(n)).document());
    }

    static List<String> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf") || n.endsWith(".txt"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new Extractor(ReferenceData.load());
        }
        return extractor;
    }
}
