package org.upright.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.upright.ingest.pdf.PdfReader;

/**
 * Warm PDF reading in a JVM limited to 256 MB of heap: a 500-page PDF written with PDFBox (references and footnotes on
 * every page), and all the sample PDFs in samples/ one after the other.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
@Threads(1)
public class PdfReadBenchmark {
    private final PdfReader reader = new PdfReader();
    private Path big;
    private List<Path> samples;

    @Setup
    public void write() throws IOException {
        big = Files.createTempFile("upright-bench-", ".pdf");
        BigPdf.write(big, 500);
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @TearDown
    public void delete() throws IOException {
        Files.deleteIfExists(big);
    }

    /** The 500-page PDF, read from its file. */
    @Benchmark
    public int read500Pages() {
        return reader.read("big.pdf", big).lines().size();
    }

    /** The twelve sample PDFs (227 pages), read from their files one after the other. */
    @Benchmark
    public int readAllSamples() {
        int lines = 0;
        for (Path file : samples) {
            lines += reader.read(file.toString(), file).lines().size();
        }
        return lines;
    }
}
