package org.upright.classify;

import org.upright.common.FileReplace;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.upright.common.BadInputException;

/**
 * Writes reviewed labels as labelled JSONL in the corpus format ({@code doc}, {@code text}, {@code themes},
 * {@code affected_persons}, {@code sdgs}, with canonical ids), so that {@code upright train --from corpus.jsonl
 * --from corrections.jsonl} learns from reviewers' corrections. A family nobody reviewed on a line is null, which
 * the corpus reads as "not labelled"; an empty list means a reviewer said none applies.
 */
public final class CorrectionsFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CorrectionsFile() {
    }

    /** Writes the statements to the file (through a temporary file beside it, moved into place) and returns how many. */
    public static int write(List<LabelledStatement> statements, Path file) {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new BadInputException(file + ": no such directory");
        }
        StringBuilder lines = new StringBuilder();
        try {
            for (LabelledStatement s : statements) {
                lines.append(JSON.writeValueAsString(line(s))).append('\n');
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
        FileReplace.write(absolute, lines.toString().getBytes(StandardCharsets.UTF_8));
        return statements.size();
    }

    private static ObjectNode line(LabelledStatement s) {
        ObjectNode node = JSON.createObjectNode();
        node.put("doc", s.doc());
        node.put("text", s.text());
        for (Family family : Family.values()) {
            Set<String> ids = s.labels().get(family);
            if (ids == null) {
                node.putNull(family.corpusField());
            } else {
                ArrayNode array = node.putArray(family.corpusField());
                new TreeSet<>(ids).forEach(array::add); // sorted: the same corrections give the same bytes
            }
        }
        return node;
    }
}
