package org.upright.ingest.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Statement;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.ReadDocument;
import org.upright.ingest.text.TextDecoder;
import org.upright.reference.ReferenceData;

/**
 * The sample PDFs in samples/, read through pdftotext until Upright's own PDF reader exists; skipped where pdftotext
 * is not installed. Checks what the extraction must get right whatever the line layout.
 */
class SampleDocumentsTest {
    private static GenericExtractor extractor;

    @TempDir
    static Path text;

    @BeforeAll
    static void load() {
        extractor = new GenericExtractor(ReferenceData.load());
    }

    private static ReadDocument pdftotext(String sample) throws IOException, InterruptedException {
        Path out = text.resolve(sample + ".txt");
        Process process;
        try {
            process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "samples/" + sample + ".pdf", out.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "pdftotext is not installed");
            throw e;
        }
        assumeTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "pdftotext failed");
        List<DocLine> lines = TextDecoder.lines(sample, Files.readAllBytes(out));
        return new ReadDocument(sample, lines, List.of(), false, lines.get(lines.size() - 1).page());
    }

    /** Sample | kind | State | cycle ("-" for none) | numbered paragraphs | speakers allowed, space-separated. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A_HRC_WG.6_34_SVN_1 | upr-national-report      | SVN | 3 | 116 | SVN
            A_HRC_WG.6_7_SVN_3  | upr-stakeholders-summary | SVN | 1 | 49  | AI FMDVEP GIEACPC SRI YHD VARUH CoE CoE-Commissioner CoE-CPT CoE-ECRI
            A_HRC_WG.6_34_SVN_3 | upr-stakeholders-summary | SVN | 3 | 79  | AI LMPT ICAN HRORS JS1 JS2 JS3 PTPR/JS4 CoE CoE-Commissioner CoE-ECRI CoE-GRETA CoE-ACFC CoE-CM CoE-CPT CoE-GRECO CoE-ECSR EU-FRA OSCE/ODIHR
            A_HRC_DEC_14_105    | other                    | SVN | - | 3   | HRC
            """)
    void samplesGiveEveryParagraphWithStatementsThatTileItAndKnownSpeakers(String sample, String kind, String country,
                                                                          String cycle, int paragraphs, String allowed)
            throws IOException, InterruptedException {
        List<String> warnings = new ArrayList<>();
        ExtractedDocument document = extractor.extract(null, pdftotext(sample), warnings);
        assertThat(document.document().kind()).isEqualTo(kind);
        assertThat(document.document().country()).isEqualTo(country);
        assertThat(document.document().cycle()).isEqualTo(cycle.equals("-") ? null : Integer.valueOf(cycle));
        assertThat(document.paragraphs()).extracting(Paragraph::number)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, paragraphs).boxed().toList());
        List<Statement> statements = new ArrayList<>();
        for (Paragraph p : document.paragraphs()) {
            assertThat(String.join(" ", p.statements().stream().map(Statement::text).toList())).isEqualTo(p.text());
            statements.addAll(p.statements());
        }
        Set<String> speakers = new LinkedHashSet<>();
        statements.forEach(s -> speakers.addAll(s.speakers()));
        assertThat(speakers).isSubsetOf(Set.of(allowed.split(" ")));
        long unattributed = statements.stream().filter(s -> s.speakers().isEmpty()).count();
        assertThat(unattributed).isLessThanOrEqualTo(statements.size() / 20);
    }
}
