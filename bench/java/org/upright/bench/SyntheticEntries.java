package org.upright.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.upright.ingest.Extractor;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Recommendation;
import org.upright.ingest.model.Statement;
import org.upright.reference.ReferenceData;
import org.upright.search.IndexEntry;

/**
 * Index entries synthesised from the real sentences of the sample documents (statements and recommendations), with
 * varied metadata: State, speaker, mechanism family, year, kind, theme. Deterministic for a seed, so that Lucene and
 * PostgreSQL get the same data.
 */
final class SyntheticEntries {
    static final List<String> SPEAKERS = List.of("CAT", "CRC", "CEDAW", "CERD", "CESCR", "HRCttee", "CRPD",
            "SR-torture", "SR-housing", "IE-minorities", "UNICEF", "UNHCR", "UNESCO", "ILO", "France", "Brazil",
            "Mexico", "Germany", "Japan", "Kenya");
    static final List<String> MECHANISMS = List.of("treaty-body", "treaty-body", "treaty-body", "treaty-body",
            "treaty-body", "treaty-body", "treaty-body", "special-procedure", "special-procedure",
            "special-procedure", "un-agency", "un-agency", "un-agency", "un-agency", "upr", "upr", "upr", "upr",
            "upr", "upr");
    static final List<String> KINDS = List.of("recommendation", "concern", "welcome", "information");
    static final List<String> THEMES = List.of("torture", "women", "children", "detention", "education",
            "migrants", "disability", "justice", "health", "housing", "minorities", "ratification");
    static final String[] COUNTRIES = {"KAZ", "SVN", "FRA", "BRA", "MEX", "KEN", "JPN", "DEU", "NAM", "BOL", "MNG",
        "PRY", "VNM", "CIV", "NOR", "IND", "CHN", "USA", "ZAF", "EGY"};

    private final List<String> sentences;

    private SyntheticEntries(List<String> sentences) {
        this.sentences = sentences;
    }

    /** The real sentences of every sample document. */
    static SyntheticEntries fromSamples() {
        Extractor extractor = new Extractor(ReferenceData.load());
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pdf") || f.toString().endsWith(".txt"))
                    .sorted().toList()) {
                ExtractedDocument doc = extractor.extract(file).document();
                if (doc == null) {
                    continue;
                }
                for (Paragraph p : doc.paragraphs() == null ? List.<Paragraph>of() : doc.paragraphs()) {
                    for (Statement s : p.statements() == null ? List.<Statement>of() : p.statements()) {
                        if (s.text() != null && !s.text().isBlank()) {
                            sentences.add(s.text());
                        }
                    }
                }
                for (Recommendation r : doc.recommendations() == null ? List.<Recommendation>of()
                        : doc.recommendations()) {
                    if (r.text() != null && !r.text().isBlank()) {
                        sentences.add(r.text());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SyntheticEntries(List.copyOf(sentences));
    }

    int sentences() {
        return sentences.size();
    }

    /** {@code count} entries in documents of {@code perDocument}, given to {@code batch} one document at a time. */
    void generate(int count, int perDocument, long seed, Consumer<List<IndexEntry>> batch) {
        Random random = new Random(seed);
        List<IndexEntry> document = new ArrayList<>(perDocument);
        for (int i = 0; i < count; i++) {
            long documentId = i / perDocument + 1;
            int speaker = random.nextInt(SPEAKERS.size());
            String text = sentences.get(random.nextInt(sentences.size()));
            document.add(new IndexEntry("s:" + documentId + ":" + (i % perDocument), "statement", documentId,
                    "A/BENCH/" + documentId, COUNTRIES[random.nextInt(COUNTRIES.length)],
                    List.of(SPEAKERS.get(speaker)), List.of(MECHANISMS.get(speaker)), 1995 + random.nextInt(31),
                    KINDS.get(random.nextInt(KINDS.size())), List.of(THEMES.get(random.nextInt(THEMES.size()))),
                    List.of(), List.of(), null, null, 1 + random.nextInt(120), null, text, null));
            if (document.size() == perDocument) {
                batch.accept(document);
                document = new ArrayList<>(perDocument);
            }
        }
        if (!document.isEmpty()) {
            batch.accept(document);
        }
    }
}
