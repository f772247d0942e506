package org.upright.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.upright.common.BadInputException;
import org.upright.common.UsageException;
import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.compilation.CompilationExtractor;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.html.HtmlReader;
import org.upright.ingest.pdf.PdfReader;
import org.upright.ingest.generic.GenericExtractor;
import org.upright.ingest.treaty.ConcludingObservationsExtractor;
import org.upright.ingest.upr.RecommendationJoin;
import org.upright.ingest.upr.ResponsesExtractor;
import org.upright.ingest.upr.WorkingGroupReportExtractor;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.LayoutParser;
import org.upright.ingest.text.ReadDocument;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.TextDecoder;
import org.upright.reference.ReferenceData;

/**
 * Turns a UN document file into the exchange format: a pure function of the file's bytes, no database needed.
 * Thread-safe; one instance serves every extraction.
 */
public final class Extractor {
    /** Compilations are some 40 KB of text; a text file beyond this is not a document we read. */
    static final long MAX_TEXT_BYTES = 64L * 1024 * 1024;
    /** PDFs are read page by page from disk, so they may be larger; beyond this they are refused unread. */
    static final long MAX_PDF_BYTES = 512L * 1024 * 1024;

    private final DocumentRecognizer recognizer;
    private final LayoutParser layouts;
    private final PdfReader pdfs = new PdfReader();
    private final HtmlReader htmls = new HtmlReader();
    private final CompilationExtractor compilations;
    private final WorkingGroupReportExtractor reports;
    private final ResponsesExtractor responses;
    private final ConcludingObservationsExtractor observations;
    private final GenericExtractor others;

    public Extractor(ReferenceData reference) {
        this.recognizer = new DocumentRecognizer(reference);
        this.layouts = LayoutParser.using(reference.instruments());
        this.compilations = new CompilationExtractor(reference);
        this.reports = new WorkingGroupReportExtractor(reference);
        this.responses = new ResponsesExtractor(reference);
        this.observations = new ConcludingObservationsExtractor(reference);
        this.others = new GenericExtractor(reference);
    }

    /** Reads and extracts one file; a missing file is a usage error, an unusable one a {@link BadInputException}. */
    public Extraction extract(Path file) {
        return extract(read(file));
    }

    /** Extracts a document given as bytes; {@code name} is its file name, used for messages and as a symbol hint. */
    public Extraction extract(String name, byte[] bytes) {
        return extract(isPdf(bytes) ? pdfs.read(name, bytes) : readBytes(name, bytes));
    }

    /** Reads a file with the reader its format needs (PDF, HTML or plain text). */
    ReadDocument read(Path file) {
        String name = file.toString();
        try {
            boolean pdf = checkSize(file);
            return pdf ? pdfs.read(name, file) : readBytes(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new UsageException(name + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Refuses a file too large for its format before anything reads it whole; says whether it is a PDF.
     *
     * @throws BadInputException naming the file, its size and the limit
     * @throws IOException when the file cannot be read
     */
    public static boolean checkSize(Path file) throws IOException {
        long size = Files.size(file);
        boolean pdf = isPdf(head(file));
        long limit = pdf ? MAX_PDF_BYTES : MAX_TEXT_BYTES;
        if (size > limit) {
            throw new BadInputException(file + ": file too large (" + size / (1024 * 1024) + " MB; the limit is "
                    + limit / (1024 * 1024) + " MB)");
        }
        return pdf;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        }
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
    }

    /** HTML by its first tag or its file name (an empty .html file is then refused as empty), else plain text. */
    private ReadDocument readBytes(String name, byte[] bytes) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean html = HtmlReader.looksLikeHtml(bytes) || lower.endsWith(".html") || lower.endsWith(".htm");
        if (html && bytes.length > MAX_TEXT_BYTES) {
            throw new BadInputException(name + ": file too large (" + bytes.length / (1024 * 1024)
                    + " MB; the limit is " + MAX_TEXT_BYTES / (1024 * 1024) + " MB)");
        }
        return html ? htmls.read(name, bytes) : readText(name, bytes);
    }

    private static ReadDocument readText(String name, byte[] bytes) {
        List<DocLine> lines = TextDecoder.lines(name, bytes);
        return new ReadDocument(name, lines, List.of(), false, lines.isEmpty() ? 0 : lines.get(lines.size() - 1).page());
    }

    /**
     * Joins each UPR Working Group report with the State's responses (its Add.1) among the extractions, so that every
     * recommendation carries the State's position; the responses are then consumed. Others pass unchanged.
     */
    public List<Extraction> joinResponses(List<Extraction> extractions) {
        List<Extraction> joined = new ArrayList<>();
        List<Extraction> used = new ArrayList<>();
        for (Extraction e : extractions) {
            if (!"upr-working-group-report".equals(e.document().document().kind())) {
                continue;
            }
            String addendum = e.document().document().symbol() + "/Add.1";
            for (Extraction r : extractions) {
                if (addendum.equals(r.document().document().symbol()) && !used.contains(r)) {
                    List<String> doubts = new ArrayList<>(e.warnings());
                    List<String> found = new ArrayList<>();
                    ExtractedDocument document = RecommendationJoin.join(e.document(), r.document(), found);
                    found.forEach(w -> doubts.add(r.source() + ": " + w));
                    joined.add(new Extraction(e.source(), document, doubts));
                    used.add(r);
                    used.add(e);
                }
            }
        }
        List<Extraction> result = new ArrayList<>();
        for (Extraction e : extractions) {
            if (!used.contains(e)) {
                result.add(e);
            } else {
                joined.stream().filter(j -> j.source().equals(e.source())).forEach(result::add);
            }
        }
        return result;
    }

    /** Extracts a document a reader has delivered. */
    Extraction extract(ReadDocument read) {
        String name = read.name();
        DocumentRecognizer.Recognition recognition = recognizer.recognize(name, read.firstPage(), read.text(), false);
        List<String> doubts = new ArrayList<>(recognition.warnings());
        String kind = recognition.info().kind();
        if (kind.equals("upr-working-group-report")) {
            return finish(name, reports.extract(recognition.info(), read, doubts), doubts);
        }
        if (kind.equals("upr-responses")) {
            return finish(name, responses.extract(recognition.info(), read, doubts), doubts);
        }
        if (kind.equals("concluding-observations")) {
            return finish(name, observations.extract(recognition.info(), read, doubts), doubts);
        }
        if (!kind.equals("upr-compilation")) {
            return finish(name, others.extract(recognition.info(), read, doubts), doubts);
        }
        Layout layout = layouts.parse(read);
        long paragraphs = layout.blocks().stream().filter(b -> b instanceof Layout.Paragraph).count();
        if (paragraphs == 0) {
            throw new BadInputException(name + ": no numbered paragraphs found; not a UN document this version reads");
        }
        ExtractedDocument document = compilations.extract(recognition.info(), layout, doubts);
        if (layout.endsInsideSentence() && layout.endMatter().isEmpty()) {
            doubts.add("the document seems cut off: it ends inside paragraph " + lastParagraph(layout)
                    + " and has no notes");
        }
        return finish(name, document, doubts);
    }

    private static Extraction finish(String name, ExtractedDocument document, List<String> doubts) {
        return new Extraction(name, document, doubts.stream().map(d -> name + ": " + d).toList());
    }

    private static int lastParagraph(Layout layout) {
        int last = 0;
        for (Layout.Block block : layout.blocks()) {
            if (block instanceof Layout.Paragraph p) {
                last = p.number();
            }
        }
        return last;
    }
}
