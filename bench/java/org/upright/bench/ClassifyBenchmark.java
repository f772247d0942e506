package org.upright.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.upright.classify.ClassificationService;

/** Classification of 10,000 statements on one thread (target: under 5 s), the labelled recommendations cycled. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-XX:ActiveProcessorCount=1"})
@Threads(1)
public class ClassifyBenchmark {
    private static final int STATEMENTS = 10_000;
    private ClassificationService service;
    private List<String> texts;

    @Setup
    public void load() throws IOException {
        service = ClassificationService.bundled();
        ObjectMapper json = new ObjectMapper();
        List<String> labelled = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../shared/corpus/labelled/upr-thematic-lists.jsonl"))) {
            labelled.add(json.readTree(line).get("text").asText());
        }
        texts = new ArrayList<>(STATEMENTS);
        for (int i = 0; i < STATEMENTS; i++) {
            texts.add(labelled.get(i % labelled.size()));
        }
    }

    /** 10,000 statements classified one after the other. */
    @Benchmark
    public int classifyTenThousandStatements() {
        int labels = 0;
        for (String text : texts) {
            labels += service.classify(text).themes().size();
        }
        return labels;
    }
}
