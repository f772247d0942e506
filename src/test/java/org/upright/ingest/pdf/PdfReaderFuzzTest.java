package org.upright.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.upright.common.BadInputException;
import org.upright.ingest.text.ReadDocument;

/**
 * Truncated and bit-flipped copies of the sample PDFs: each is read or refused as bad input, in bounded time; no other
 * exception or error escapes.
 */
class PdfReaderFuzzTest {
    private static final int VARIANTS = 30;
    private static final Duration LIMIT = Duration.ofSeconds(10);

    static Stream<Path> samples() throws IOException {
        return PdfReaderSamplesTest.samples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void damagedCopiesAreReadOrRefusedInTime(Path file) throws IOException {
        byte[] original = Files.readAllBytes(file);
        Random random = new Random(file.getFileName().toString().hashCode());
        List<byte[]> copies = IntStream.range(0, VARIANTS).mapToObj(i -> damage(original, i, random)).toList();
        PdfReader reader = new PdfReader();
        // The copies are independent; two at a time halves the test's time on a two-core machine.
        long read = IntStream.range(0, VARIANTS).parallel().filter(i -> readOrRefuse(reader,
                file.getFileName() + "#" + i, copies.get(i))).count();
        assertThat(read).isBetween(0L, (long) VARIANTS);
    }

    /** True when the copy was read, false when refused as bad input; fails on anything else or on overtime. */
    private static boolean readOrRefuse(PdfReader reader, String name, byte[] copy) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            try {
                ReadDocument document = reader.read(name, copy);
                assertThat(document.pages()).isPositive();
                return true;
            } catch (BadInputException e) {
                assertThat(e.getMessage()).startsWith(name + ": ").doesNotContain("\n");
                return false;
            }
        }, name);
    }

    /** Variant i: a quarter truncated, the rest with flipped bits, random bytes or zeros written over a block. */
    private static byte[] damage(byte[] original, int i, Random random) {
        byte[] copy;
        switch (i % 4) {
            case 0 -> copy = Arrays.copyOf(original, random.nextInt(original.length));
            case 1 -> {
                copy = original.clone();
                for (int k = random.nextInt(1, 40); k > 0; k--) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 2 -> {
                copy = original.clone();
                int at = random.nextInt(copy.length);
                byte[] noise = new byte[Math.min(random.nextInt(1, 4096), copy.length - at)];
                random.nextBytes(noise);
                System.arraycopy(noise, 0, copy, at, noise.length);
            }
            default -> {
                copy = original.clone();
                int at = random.nextInt(copy.length);
                Arrays.fill(copy, at, Math.min(copy.length, at + random.nextInt(1, 4096)), (byte) 0);
            }
        }
        return copy;
    }
}
