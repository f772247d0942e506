package org.upright.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.upright.ingest.ExchangeJson;
import org.upright.ingest.Extraction;
import org.upright.ingest.Extractor;
import org.upright.reference.ReferenceData;

/** Warm extraction on one thread: the 35 KB sample compilation (target: under 20 ms) and every sample PDF. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Threads(1)
public class ExtractBenchmark {
    private Extractor extractor;
    private byte[] compilation;
    private List<Path> pdfs;

    @Setup
    public void load() throws IOException {
        extractor = new Extractor(ReferenceData.load());
        compilation = Files.readAllBytes(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"));
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    /** Every sample PDF read and extracted, one after the other (compare with pdftotext on the same files). */
    @Benchmark
    public int extractAllSamplePdfs() {
        int paragraphs = 0;
        for (Path pdf : pdfs) {
            List<?> found = extractor.extract(pdf).document().paragraphs();
            paragraphs += found == null ? 0 : found.size();
        }
        return paragraphs;
    }

    /** Bytes to exchange document. */
    @Benchmark
    public Extraction extractCompilation() {
        return extractor.extract("A_HRC_WG.6_7_KAZ_2.txt", compilation);
    }

    /** Bytes to the JSON that {@code upright extract} prints. */
    @Benchmark
    public String extractCompilationToJson() {
        return ExchangeJson.line(extractor.extract("A_HRC_WG.6_7_KAZ_2.txt", compilation).document());
    }
}
