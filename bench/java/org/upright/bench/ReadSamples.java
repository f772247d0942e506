package org.upright.bench;

import java.nio.file.Path;
import org.upright.ingest.pdf.PdfReader;

/**
 * Reads PDF files with the reader in one JVM and prints the time per round, for comparison with pdftotext on the
 * same files (bench/pdf-vs-pdftotext.sh).
 * Usage: java -cp ... org.upright.bench.ReadSamples ROUNDS FILE...
 */
public final class ReadSamples {
    private ReadSamples() {
    }

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        PdfReader reader = new PdfReader();
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            int lines = 0;
            for (int i = 1; i < args.length; i++) {
                lines += reader.read(args[i], Path.of(args[i])).lines().size();
            }
            System.out.printf("round %d: %d files, %d lines in %d ms%n", round, args.length - 1, lines,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
