package org.upright.classify;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.upright.common.BadInputException;

/** The checks every JSONL reader of classify shares, so that each bad line is named the same way. */
final class JsonLines {
    private JsonLines() {
    }

    static String text(Path file, int number, JsonNode node) {
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new BadInputException(file + ": line " + number + ": no 'text'");
        }
        return text.asText();
    }
}
