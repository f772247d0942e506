package org.upright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.ingest.Extractor;
import org.upright.reference.ReferenceData;

/** {@code upright extract} as a user runs it: good and bad files in one batch, JSON on stdout, one-line errors. */
class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Extractor extractor;
    private static byte[] compilation;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        extractor = new Extractor(ReferenceData.load());
        compilation = Files.readAllBytes(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"));
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLineInterface(() -> extractor, location -> {
            throw new AssertionError("extract needs no database");
        })
                .run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, bytes);
        return path;
    }

    @Test
    void oneCompilationGivesOneJsonObject() throws IOException {
        Path kaz = file("A_HRC_WG.6_7_KAZ_2.txt", compilation);
        Run run = run("extract", kaz.toString());
        assertThat(run.code).isZero();
        assertThat(run.err).isEmpty();
        JsonNode doc = JSON.readTree(run.out);
        assertThat(doc.at("/document/symbol").asText()).isEqualTo("A/HRC/WG.6/7/KAZ/2");
        assertThat(doc.at("/document/country").asText()).isEqualTo("KAZ");
        assertThat(doc.at("/document/kind").asText()).isEqualTo("upr-compilation");
        assertThat(doc.at("/document/cycle").asInt()).isEqualTo(1);
        assertThat(doc.get("paragraphs")).hasSize(49);
    }

    @Test
    void badFilesAreReportedInOneLineEachAndTheRestOfTheBatchIsExtracted() throws IOException {
        Path empty = file("empty.txt", new byte[0]);
        Path binary = file("image.bin", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Path pdf = file("report.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        Path prose = file("notes.txt", "Shopping list\n\n1. Milk\n2. Bread and butter for the week.\n"
                .getBytes(StandardCharsets.UTF_8));
        Path kaz = file("A_HRC_WG.6_7_KAZ_2.txt", compilation);
        Path missing = dir.resolve("missing.txt");

        Run run = run("extract", empty.toString(), binary.toString(), kaz.toString(), pdf.toString(),
                prose.toString(), missing.toString());

        assertThat(run.code).isEqualTo(1);
        String[] errors = run.err.strip().split("\n");
        assertThat(errors).hasSize(5);
        assertThat(errors[0]).startsWith("upright: " + empty).contains("empty file");
        assertThat(errors[1]).startsWith("upright: " + binary).contains("binary");
        assertThat(errors[2]).startsWith("upright: " + pdf).contains("PDF");
        assertThat(errors[3]).startsWith("upright: " + prose).contains("not a UN document");
        assertThat(errors[4]).startsWith("upright: " + missing).contains("no such file");
        assertThat(run.err).doesNotContain("Exception").doesNotContain("\tat ");
        JsonNode docs = JSON.readTree(run.out);
        assertThat(docs.isArray()).isTrue();
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).at("/document/symbol").asText()).isEqualTo("A/HRC/WG.6/7/KAZ/2");
    }

    @Test
    void aCompilationCutInHalfIsExtractedAsFarAsItGoesWithAWarning() throws IOException {
        String text = new String(compilation, StandardCharsets.UTF_8);
        String half = text.substring(0, text.indexOf("needs to be paid to preventing"));
        Path cut = file("A_HRC_WG.6_7_KAZ_2.txt", half.getBytes(StandardCharsets.UTF_8));

        Run run = run("extract", cut.toString());

        assertThat(run.code).isZero();
        assertThat(run.err.strip().split("\n")).hasSize(1);
        assertThat(run.err).contains(cut.toString()).contains("cut off").contains("paragraph 24");
        JsonNode doc = JSON.readTree(run.out);
        assertThat(doc.get("paragraphs")).hasSize(24);
        assertThat(doc.get("ratifications")).hasSize(12);
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: no disk is used
        }
        Run run = run("extract", huge.toString());
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err.strip()).startsWith("upright: " + huge).contains("too large").doesNotContain("\n");
        assertThat(run.out.strip()).isEmpty();
    }

    @Test
    void aPdfThatIsNotAUnDocumentIsRefusedInOneLine() throws IOException {
        Path pdf = dir.resolve("menu.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Lunch menu: soup of the day, bread and cheese.");
                content.endText();
            }
            document.save(pdf.toFile());
        }
        Run run = run("extract", pdf.toString());
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err.strip()).startsWith("upright: " + pdf).contains("not a UN document")
                .doesNotContain("\n");
    }

    @Test
    void jsonlGivesOneLinePerDocument() throws IOException {
        Path a = file("A_HRC_WG.6_7_KAZ_2.txt", compilation);
        Files.createDirectories(dir.resolve("copy"));
        Path b = file("copy/A_HRC_WG.6_7_KAZ_2.txt", compilation);
        Run run = run("extract", "--jsonl", a.toString(), b.toString());
        assertThat(run.code).isZero();
        String[] lines = run.out.strip().split("\n");
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            assertThat(JSON.readTree(line).get("paragraphs")).hasSize(49);
        }
        assertThat(Arrays.stream(lines).distinct()).hasSize(1);
    }

    @Test
    void joinGivesTheWorkingGroupReportWithTheStatesPositionsFromItsAddendum() throws IOException {
        Run run = run("extract", "--join", "samples/A_HRC_43_15.pdf", "samples/A_HRC_43_15_Add.1.pdf");
        assertThat(run.code).isZero();
        JsonNode doc = JSON.readTree(run.out);
        assertThat(doc.isObject()).isTrue();
        assertThat(doc.at("/document/kind").asText()).isEqualTo("upr-working-group-report");
        assertThat(doc.get("recommendations")).allSatisfy(r ->
                assertThat(r.get("position").asText()).isIn("Supported", "Noted"));
    }

    @Test
    void extractWithoutFilesIsAUsageError() {
        Run run = run("extract");
        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("Missing required parameter");
    }

    @Test
    void helpAndVersionNeedNoServices() {
        StringWriter out = new StringWriter();
        int code = new CommandLineInterface(() -> {
            throw new AssertionError("--help must not build services");
        }, location -> {
            throw new AssertionError("--help must not open a database");
        }).run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("extract");
        assertThat(run("--version").out).startsWith("upright ");
    }
}
