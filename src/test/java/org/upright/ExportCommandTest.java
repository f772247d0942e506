package org.upright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upright export} as a user runs it: a file written whole, or a one-line reason and no file. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = App.commandLine().run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exportWritesTheFileAndSaysHowManyEntriesAndRefusesWhatItCannotDo() throws IOException {
        Path data = dir.resolve("data");
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.copy(Path.of("samples", "A_HRC_WG.6_7_KAZ_2.txt"), batch.resolve("A_HRC_WG.6_7_KAZ_2.txt"));
        assertThat(run("ingest", "--data", data.toString(), batch.toString()).code()).isZero();

        Path xlsx = dir.resolve("out/kaz.xlsx");
        Run ok = run("export", "KAZ", "--format", "xlsx", "-o", xlsx.toString(), "--kind", "recommendation",
                "--data", data.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).matches("(?s)\\d+ entries of KAZ written to .*kaz\\.xlsx \\(xlsx\\)\\s*");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(7).getStringCellValue()).isEqualTo("recommendation");
        }

        Path list = dir.resolve("out/list.xlsx");
        Run thematic = run("export", "KAZ", "--thematic-list", "--format", "xlsx", "-o", list.toString(),
                "--data", data.toString());
        assertThat(thematic.code()).as(thematic.err()).isZero();
        assertThat(thematic.out()).matches("(?s)\\d+ recommendations of KAZ written to .*list\\.xlsx "
                + "\\(thematic list, xlsx\\)\\s*");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(list))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Theme");
        }
        Files.delete(list);

        Path csv = dir.resolve("out/none.csv");
        Run none = run("export", "SVN", "--format", "csv", "-o", csv.toString(), "--data", data.toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("no statements or recommendations for SVN").doesNotContain("Exception");
        Run format = run("export", "KAZ", "--format", "odt", "-o", csv.toString(), "--data", data.toString());
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("csv, json, xlsx, docx");
        assertThat(csv).doesNotExist();
        try (Stream<Path> left = Files.list(dir.resolve("out"))) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("kaz.xlsx");
        }
    }
}
