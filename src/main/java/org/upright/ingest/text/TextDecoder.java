package org.upright.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.upright.common.BadInputException;

/**
 * Turns a file's bytes into the lines of a plain-text UN document, refusing what is not text: empty files,
 * PDFs and other binary formats. Lines keep the text extractor's page-break mark (one leading space, or a
 * form feed).
 */
public final class TextDecoder {
    private static final int SNIFF = 8192;

    private TextDecoder() {
    }

    /** The lines of a text file, pages counted from its page breaks; {@code name} is used in error messages. */
    public static List<DocLine> lines(String name, byte[] bytes) {
        String text = decode(name, bytes);
        List<DocLine> lines = new ArrayList<>();
        int page = 1;
        boolean formFeed = false;
        for (String raw : text.split("\n", -1)) {
            String line = raw;
            boolean pageBreak = formFeed;
            if (line.indexOf('\f') >= 0) {
                pageBreak = true;
                formFeed = line.endsWith("\f");
                line = line.replace('\f', ' ');
            } else {
                formFeed = false;
            }
            // pdftotext-style extractions mark the first line of a page with one leading space.
            if (line.startsWith(" ") && !line.startsWith("  ")) {
                pageBreak = true;
            }
            if (pageBreak && !lines.isEmpty()) {
                page++;
            }
            lines.add(DocLine.plain(line.strip(), page, pageBreak));
        }
        return lines;
    }

    static String decode(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadInputException(name + ": empty file");
        }
        if (startsWith(bytes, "%PDF")) {
            throw new BadInputException(name + ": a PDF file; this version reads UN documents as plain text "
                    + "(extract the text first, e.g. with pdftotext)");
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            throw new BadInputException(name + ": a ZIP or Word file, not plain text");
        }
        if (looksBinary(bytes)) {
            throw new BadInputException(name + ": binary data, not a text document");
        }
        String text = utf8(bytes);
        if (text == null) {
            // Older UN text files are Windows-1252; every byte maps to a character.
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        if (text.isBlank()) {
            throw new BadInputException(name + ": empty file (only white space)");
        }
        return text;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 20 > n;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
