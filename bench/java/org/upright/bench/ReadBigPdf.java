package org.upright.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.upright.ingest.pdf.PdfReader;
import org.upright.ingest.text.ReadDocument;

/**
 * Writes a 500-page PDF and reads it with the reader, printing the time and the peak heap: meant to be run with
 * -Xmx256m to show that reading keeps one page of glyphs at a time.
 * Usage: java -Xmx256m -cp ... org.upright.bench.ReadBigPdf [pages] [rounds]
 */
public final class ReadBigPdf {
    private ReadBigPdf() {
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path file = Files.createTempFile("upright-big-", ".pdf");
        try {
            int references = BigPdf.write(file, pages);
            PdfReader reader = new PdfReader();
            for (int round = 1; round <= rounds; round++) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                ReadDocument document = reader.read("big.pdf", file);
                long ms = (System.nanoTime() - start) / 1_000_000;
                long peak = peakHeapMb();
                System.gc();
                long kept = usedHeapMb(); // what the result itself holds, the document still referenced
                long refs = document.lines().stream().mapToLong(l -> l.refs().size()).sum();
                System.out.printf("round %d: %d pages (%d KB) read in %d ms: %d lines, %d notes, %d of %d references;"
                        + " peak heap %d MB, after GC %d MB (max %d MB)%n", round, document.pages(),
                        Files.size(file) / 1024, ms, document.lines().size(), document.notes().size(), refs,
                        references, peak, kept, Runtime.getRuntime().maxMemory() / (1024 * 1024));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long usedHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
