package org.upright.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.upright.common.BadInputException;

/**
 * Reads labelled JSONL in the corpus format ({@code text}, {@code themes}, {@code affected_persons}, {@code sdgs}, in
 * any cycle's vocabulary, and {@code doc}) into canonical labels; any bad line fails the whole file, naming it.
 */
public final class LabelledFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledFile() {
    }

    /** The statements of one file; a broken line, one without text or with an unknown label is a BadInputException. */
    public static List<LabelledStatement> read(Path file, Taxonomy taxonomy) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
        record Row(String doc, int line, String text, Map<Family, Set<String>> labels) {
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Set<Family>> labelledByDoc = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode node = parse(file, number, lines.get(i));
            String text = JsonLines.text(file, number, node);
            String doc = node.path("doc").asText(file.getFileName().toString());
            Map<Family, Set<String>> labels = new EnumMap<>(Family.class);
            for (Family family : Family.values()) {
                JsonNode values = node.get(family.corpusField());
                if (values == null || values.isNull()) {
                    continue;
                }
                if (!values.isArray()) {
                    throw new BadInputException(file + ": line " + number + ": '" + family.corpusField()
                            + "' is not a list");
                }
                Set<String> ids = new LinkedHashSet<>();
                for (JsonNode value : values) {
                    ids.add(taxonomy.map(family, value.asText()).orElseThrow(() -> new BadInputException(
                            file + ": line " + number + ": unknown " + family.taxonomyName() + " label '"
                                    + value.asText() + "'")).id());
                }
                labels.put(family, ids);
                if (!ids.isEmpty()) {
                    labelledByDoc.computeIfAbsent(doc, d -> EnumSet.noneOf(Family.class)).add(family);
                }
            }
            rows.add(new Row(doc, number, text, labels));
        }
        if (rows.isEmpty()) {
            throw new BadInputException(file + ": no statements (the file is empty)");
        }
        Set<String> namingGeneral = new HashSet<>();
        rows.stream().filter(r -> r.labels().getOrDefault(Family.AFFECTED_PERSONS, Set.of())
                .contains(Taxonomy.GENERAL_PERSONS)).forEach(r -> namingGeneral.add(r.doc()));
        List<LabelledStatement> statements = new ArrayList<>();
        for (Row row : rows) {
            Set<Family> labelled = labelledByDoc.getOrDefault(row.doc(), EnumSet.noneOf(Family.class));
            Map<Family, Set<String>> kept = new EnumMap<>(Family.class);
            row.labels().forEach((family, ids) -> {
                if (labelled.contains(family)) {
                    kept.put(family, Set.copyOf(ids));
                }
            });
            // UHRI's label-only list has no "general" group: its documents leave the list empty where the coded
            // lists write "general", so a document that never names it means general by an empty list.
            if (kept.containsKey(Family.AFFECTED_PERSONS) && kept.get(Family.AFFECTED_PERSONS).isEmpty()
                    && !namingGeneral.contains(row.doc())) {
                kept.put(Family.AFFECTED_PERSONS, Set.of(Taxonomy.GENERAL_PERSONS));
            }
            statements.add(new LabelledStatement(row.doc(), row.line(), row.text(), kept));
        }
        return statements;
    }

    static JsonNode parse(Path file, int number, String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new BadInputException(file + ": line " + number + ": not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + ": line " + number + ": broken JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
    }
}
