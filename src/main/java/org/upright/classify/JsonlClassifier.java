package org.upright.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.upright.common.BadInputException;

/**
 * Classifies a JSONL file of statements: each line keeps its fields and gains {@code themes},
 * {@code affectedPersons} and {@code sdgs} (id, label, confidence). Every line is checked before any is classified,
 * so a bad line fails the file and nothing is half written.
 */
public final class JsonlClassifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClassificationService service;

    /** A classifier of files using this service. */
    public JsonlClassifier(ClassificationService service) {
        this.service = service;
    }

    /** The output lines for the file's lines; a BadInputException names the first bad line. */
    public List<String> classify(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
        List<ObjectNode> nodes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                JsonNode node = LabelledFile.parse(file, i + 1, lines.get(i));
                JsonLines.text(file, i + 1, node);
                nodes.add((ObjectNode) node);
            }
        }
        if (nodes.isEmpty()) {
            throw new BadInputException(file + ": no statements (the file is empty)");
        }
        List<String> out = new ArrayList<>(nodes.size());
        for (ObjectNode node : nodes) {
            Suggestions suggestions = service.classify(node.get("text").asText());
            for (Family family : Family.values()) {
                ArrayNode array = node.putArray(family.outputName());
                for (Suggestion suggestion : suggestions.of(family)) {
                    array.addObject().put("id", suggestion.id()).put("label", suggestion.label())
                            .put("confidence", Math.round(suggestion.confidence() * 1000) / 1000.0);
                }
            }
            out.add(node.toString());
        }
        return out;
    }
}
