package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.upright.common.BadInputException;
import org.upright.reference.ReferenceData;

/**
 * Damaged copies of the sample PDFs through the whole extraction (reader, recognition, every kind's extractor):
 * each gives a result or a one-line {@link BadInputException}, within a time limit, never another failure.
 */
class DamagedPdfExtractionTest {
    private static final int VARIANTS = 6;
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor(ReferenceData.load());
    }

    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("samples")).filter(p -> p.toString().endsWith(".pdf")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void damagedCopiesGiveAResultOrACleanError(Path sample) throws IOException {
        byte[] original = Files.readAllBytes(sample);
        Random random = new Random(sample.getFileName().toString().hashCode());
        for (byte[] copy : damaged(original, random)) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try {
                    Extraction extraction = extractor.extract(sample.getFileName().toString(), copy);
                    assertThat(extraction.document()).isNotNull();
                } catch (BadInputException e) {
                    assertThat(e.getMessage()).startsWith(sample.getFileName().toString()).doesNotContain("\n");
                }
            });
        }
    }

    /** Truncated copies and copies with bytes flipped, a few of each. */
    private static List<byte[]> damaged(byte[] original, Random random) {
        List<byte[]> copies = new ArrayList<>();
        for (int i = 0; i < VARIANTS / 2; i++) {
            int length = 1 + random.nextInt(original.length - 1);
            copies.add(java.util.Arrays.copyOf(original, length));
        }
        for (int i = 0; i < VARIANTS / 2; i++) {
            byte[] copy = original.clone();
            for (int flips = 0; flips < 1 + random.nextInt(40); flips++) {
                int at = random.nextInt(copy.length);
                copy[at] ^= (byte) (1 << random.nextInt(8));
            }
            copies.add(copy);
        }
        return copies;
    }
}
