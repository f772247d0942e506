package org.upright.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.common.BadInputException;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.ReadDocument;

/** Unusable PDFs are refused with one line that names the file and says what is wrong. */
class PdfReaderBadInputTest {
    private final PdfReader reader = new PdfReader();

    private static SyntheticPdf onePage() {
        SyntheticPdf pdf = new SyntheticPdf().page();
        pdf.text(113.4f, 100, 10, "1. The Committee welcomed the report.");
        return pdf;
    }

    @Test
    void pdfThatNeedsAPasswordIsRefused() {
        byte[] bytes;
        try (SyntheticPdf pdf = onePage().protect("owner-secret", "user-secret")) {
            bytes = pdf.bytes();
        }
        assertThatThrownBy(() -> reader.read("locked.pdf", bytes)).isInstanceOf(BadInputException.class)
                .hasMessage("locked.pdf: encrypted; Upright cannot read protected PDFs");
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsRead() {
        byte[] bytes;
        try (SyntheticPdf pdf = onePage().protect("owner-secret", "")) {
            bytes = pdf.bytes();
        }
        ReadDocument document = reader.read("restricted.pdf", bytes);
        assertThat(document.lines()).extracting(DocLine::text).containsExactly("1. The Committee welcomed the report.");
    }

    @Test
    void scannedPdfWithoutTextIsRefused() {
        byte[] bytes;
        try (SyntheticPdf pdf = new SyntheticPdf().page().box(50, 50, 495, 740).page().box(50, 50, 495, 740)) {
            bytes = pdf.bytes();
        }
        assertThatThrownBy(() -> reader.read("scan.pdf", bytes)).isInstanceOf(BadInputException.class)
                .hasMessage("scan.pdf: no extractable text; OCR not supported");
    }

    @Test
    void plainTextIsNotAPdf() {
        byte[] bytes = "A/HRC/WG.6/7/KAZ/2\n1. The present report".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read("notes.pdf", bytes)).isInstanceOf(BadInputException.class)
                .hasMessage("notes.pdf: not a PDF file");
        assertThatThrownBy(() -> reader.read("empty.pdf", new byte[0])).hasMessage("empty.pdf: empty file");
    }

    @Test
    void pdfCutShortOrGarbledIsDamaged() {
        byte[] whole;
        try (SyntheticPdf pdf = onePage()) {
            whole = pdf.bytes();
        }
        byte[] headerOnly = "%PDF-1.7\n%garbage that is no PDF structure at all\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reader.read("broken.pdf", headerOnly)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("broken.pdf: damaged PDF: ");
        byte[] half = Arrays.copyOf(whole, 40);
        assertThatThrownBy(() -> reader.read("half.pdf", half)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("half.pdf: damaged PDF: ");
    }

    @Test
    void errorsOfTheJvmOnAHostileFileBecomeBadInput() {
        var cache = org.apache.pdfbox.io.IOUtils.createMemoryOnlyStreamCache();
        assertThatThrownBy(() -> PdfReader.read("deep.pdf", () -> {
            throw new StackOverflowError();
        }, cache)).isInstanceOf(BadInputException.class).hasMessageStartingWith("deep.pdf: damaged PDF: ");
        assertThatThrownBy(() -> PdfReader.read("huge.pdf", () -> {
            throw new OutOfMemoryError("Java heap space");
        }, cache)).isInstanceOf(BadInputException.class).hasMessageStartingWith("huge.pdf: damaged PDF: ");
        assertThatThrownBy(() -> PdfReader.read("odd.pdf", () -> {
            throw new IllegalStateException("odd\nstate");
        }, cache)).isInstanceOf(BadInputException.class).hasMessage("odd.pdf: damaged PDF: odd state");
    }

    @Test
    void deeplyNestedObjectsAreRefused() {
        String nested = "[".repeat(200_000) + "]".repeat(200_000);
        String pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X " + nested + " >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
        assertThatThrownBy(() -> reader.read("nested.pdf", pdf.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("nested.pdf: ");
    }

    @Test
    void messagesAreOneLine() {
        byte[] bytes = "%PDF-1.7\n1 0 obj\n<< /Length 5 >>\nstream\nab\ncd\nendstream\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reader.read("lines.pdf", bytes)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").startsWith("lines.pdf: "));
    }

    @Test
    void fileIsReadFromDiskLikeBytes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("doc.pdf");
        try (SyntheticPdf pdf = onePage()) {
            pdf.save(file);
        }
        assertThat(reader.read("doc.pdf", file).lines()).isEqualTo(
                reader.read("doc.pdf", Files.readAllBytes(file)).lines());
        Path text = dir.resolve("text.pdf");
        Files.writeString(text, "just text");
        assertThatThrownBy(() -> reader.read("text.pdf", text)).hasMessage("text.pdf: not a PDF file");
        assertThatThrownBy(() -> reader.read("missing.pdf", dir.resolve("missing.pdf")))
                .isInstanceOf(BadInputException.class).hasMessage("missing.pdf: no such file");
    }
}
