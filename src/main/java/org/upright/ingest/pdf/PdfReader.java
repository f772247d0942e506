package org.upright.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.upright.common.BadInputException;
import org.upright.ingest.text.ReadDocument;

/** Reads a UN PDF into positioned lines. */
public final class PdfReader {
    /** Files larger than this keep PDFBox's scratch data in temporary files rather than on the heap. */
    private static final long IN_MEMORY_LIMIT = 16L * 1024 * 1024;
    /** The PDF header may follow some junk, but within the first kilobyte. */
    private static final int HEADER_WINDOW = 1024;
    /** PDFBox's loggers, held so that their level sticks (java.util.logging keeps loggers only weakly). */
    private static final Logger[] QUIET = {
        Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox")
    };

    static {
        // PDFBox logs every oddity of a damaged file to stderr, thousands of lines for one file, even as SEVERE
        // where it recovers; Upright reports one line per bad file instead.
        for (Logger logger : QUIET) {
            logger.setLevel(Level.OFF);
        }
    }

    public PdfReader() {
    }

    /** The document's body lines and page-bottom notes; BadInputException (org.upright.common) for unusable PDFs. */
    public ReadDocument read(String name, byte[] bytes) {
        if (!hasHeader(bytes, bytes.length)) {
            throw notPdf(name, bytes.length);
        }
        StreamCacheCreateFunction cache = bytes.length > IN_MEMORY_LIMIT
                ? IOUtils.createTempFileOnlyStreamCache() : IOUtils.createMemoryOnlyStreamCache();
        return read(name, () -> new RandomAccessReadBuffer(bytes), cache);
    }

    /** Reads a file from disk, page by page, without loading the whole file into the heap. */
    public ReadDocument read(String name, Path file) {
        byte[] head = new byte[HEADER_WINDOW];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": no such file", e);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read (" + Messages.oneLine(e) + ")", e);
        }
        if (!hasHeader(head, n)) {
            throw notPdf(name, n);
        }
        return read(name, () -> new RandomAccessReadBufferedFile(file), IOUtils.createTempFileOnlyStreamCache());
    }

    /** Opens the source for PDFBox. */
    interface Source {
        RandomAccessRead open() throws IOException;
    }

    /** Reads from a source; whatever goes wrong, even an error of the JVM on a hostile file, is a bad input. */
    static ReadDocument read(String name, Source source, StreamCacheCreateFunction cache) {
        try (PDDocument document = Loader.loadPDF(source.open(), "", null, null, cache)) {
            return extract(name, document);
        } catch (InvalidPasswordException e) {
            throw new BadInputException(name + ": encrypted; Upright cannot read protected PDFs", e);
        } catch (BadInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(name + ": damaged PDF: " + Messages.oneLine(e), e);
        } catch (StackOverflowError e) {
            throw new BadInputException(name + ": damaged PDF: structure nested too deeply", e);
        } catch (OutOfMemoryError e) {
            throw new BadInputException(name + ": damaged PDF: needs more memory than any document should", e);
        } catch (VirtualMachineError e) {
            throw new BadInputException(name + ": damaged PDF: " + Messages.oneLine(e), e);
        }
    }

    private static ReadDocument extract(String name, PDDocument document) throws IOException {
        if (document.getNumberOfPages() == 0) {
            throw new BadInputException(name + ": damaged PDF: no pages");
        }
        DocumentBuilder builder = new DocumentBuilder();
        new PageStripper(builder).read(document);
        if (builder.inkedGlyphs() == 0) {
            throw new BadInputException(name + ": no extractable text; OCR not supported");
        }
        return builder.finish(name, document.getNumberOfPages());
    }

    private static boolean hasHeader(byte[] bytes, int length) {
        int end = Math.min(length, HEADER_WINDOW) - 5;
        for (int i = 0; i <= end; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F'
                    && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private static BadInputException notPdf(String name, int length) {
        return new BadInputException(name + (length == 0 ? ": empty file" : ": not a PDF file"));
    }
}
