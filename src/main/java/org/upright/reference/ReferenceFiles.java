package org.upright.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the reference tables shipped next to these classes; a missing or broken table is a packaging bug. */
final class ReferenceFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferenceFiles() {
    }

    static JsonNode json(String name) {
        try (InputStream in = open(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference table " + name, e);
        }
    }

    static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference table " + name, e);
        }
    }

    /** The strings of a JSON array, or an empty list when the field is absent. */
    static List<String> strings(JsonNode node, String field) {
        JsonNode array = node.path(field);
        List<String> values = new ArrayList<>(array.size());
        array.forEach(value -> values.add(value.asText()));
        return List.copyOf(values);
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = ReferenceFiles.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("not on the classpath");
        }
        return in;
    }
}
