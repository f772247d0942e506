package org.upright.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.upright.common.UprightException;

/**
 * The one taxonomy of themes, affected persons and SDGs ({@code concepts.csv}) and every source label mapped to it
 * ({@code labels.csv}); immutable, so one instance is shared by all threads.
 */
public final class Taxonomy {
    private static final String CONCEPTS = "concepts.csv";
    private static final String LABELS = "labels.csv";
    private static final String SDG_TARGETS = "sdg-targets.csv";
    /** The persons concept the coded lists give a statement about no group in particular. */
    static final String GENERAL_PERSONS = "general";

    private final Map<Family, Map<String, Concept>> concepts = new EnumMap<>(Family.class);
    private final Map<Family, List<SourceLabel>> labels = new EnumMap<>(Family.class);
    /** Source labels by their normalised spelling: "Women" and "women" are two source labels, one key. */
    private final Map<Family, Map<String, SourceLabel>> byKey = new EnumMap<>(Family.class);
    /** The group a concept belongs to in its list's hierarchy ({@code D25} → {@code D2}), when the group exists. */
    private final Map<Family, Map<String, String>> parents = new EnumMap<>(Family.class);
    private final List<SdgTarget> sdgTargets;

    private Taxonomy(List<Concept> concepts, List<SourceLabel> labels, Map<Family, Map<String, String>> parents,
            List<SdgTarget> sdgTargets) {
        for (Family family : Family.values()) {
            this.concepts.put(family, new LinkedHashMap<>());
            this.labels.put(family, new ArrayList<>());
            this.byKey.put(family, new LinkedHashMap<>());
        }
        concepts.forEach(c -> this.concepts.get(c.family()).put(c.id(), c));
        for (Family family : Family.values()) {
            Map<String, String> ofFamily = parents.getOrDefault(family, Map.of());
            ofFamily.forEach((child, parent) -> {
                if (!this.concepts.get(family).containsKey(parent) || child.equals(parent)) {
                    throw new IllegalStateException("concept " + child + " has no such parent: " + parent);
                }
            });
            this.parents.put(family, Map.copyOf(ofFamily));
        }
        for (SourceLabel label : labels) {
            if (!this.concepts.get(label.family()).containsKey(label.conceptId())) {
                throw new IllegalStateException("label '" + label.label() + "' maps to no concept: " + label.conceptId());
            }
            this.labels.get(label.family()).add(label);
            SourceLabel other = byKey.get(label.family()).putIfAbsent(normalise(label.label()), label);
            if (other != null && !other.conceptId().equals(label.conceptId())) {
                throw new IllegalStateException("label '" + label.label() + "' maps to two concepts");
            }
        }
        for (SdgTarget target : sdgTargets) {
            if (!this.concepts.get(Family.SDGS).containsKey(target.goalId())) {
                throw new IllegalStateException("SDG target " + target.id() + " has no goal " + target.goalId());
            }
        }
        this.sdgTargets = List.copyOf(sdgTargets);
    }

    /** The taxonomy shipped in the resources. */
    public static Taxonomy load() {
        List<Concept> concepts = new ArrayList<>();
        Map<Family, Map<String, String>> parents = new EnumMap<>(Family.class);
        for (CSVRecord row : read(CONCEPTS)) {
            Family family = Family.ofTaxonomyName(row.get("family"));
            concepts.add(new Concept(family, row.get("id"), row.get("label"), row.get("origin")));
            String parent = row.isMapped("parent") ? row.get("parent").strip() : "";
            if (!parent.isEmpty()) {
                parents.computeIfAbsent(family, f -> new LinkedHashMap<>()).put(row.get("id"), parent);
            }
        }
        List<SourceLabel> labels = new ArrayList<>();
        for (CSVRecord row : read(LABELS)) {
            labels.add(new SourceLabel(Family.ofTaxonomyName(row.get("family")), row.get("vocabulary"),
                    row.get("label"), row.get("id")));
        }
        List<SdgTarget> targets = new ArrayList<>();
        for (CSVRecord row : read(SDG_TARGETS)) {
            targets.add(new SdgTarget("SDG" + row.get("goal"), row.get("target"), row.get("text")));
        }
        return new Taxonomy(concepts, labels, parents, targets);
    }

    private static List<CSVRecord> read(String name) {
        try (InputStream in = Taxonomy.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UprightException("the classification taxonomy " + name + " is missing from the build");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UprightException("cannot read the classification taxonomy " + name + ": " + e.getMessage(), e);
        }
    }

    /** The canonical concepts of a family, in the taxonomy's order. */
    public List<Concept> concepts(Family family) {
        return List.copyOf(concepts.get(family).values());
    }

    /** The concept with this canonical id ({@code A12}, {@code women}, {@code SDG4}). */
    public Optional<Concept> concept(Family family, String id) {
        return Optional.ofNullable(concepts.get(family).get(id));
    }

    /**
     * The group a concept belongs to ({@code D2} for {@code D25}, from the UHRI code structure), if the taxonomy
     * has that group; a vocabulary that only labels the group cannot tell its members apart.
     */
    public Optional<String> parent(Family family, String id) {
        return Optional.ofNullable(parents.get(family).get(id));
    }

    /**
     * The 169 SDG targets in the UN's order, each under its goal: public text the classifier also learns the goals'
     * vocabulary from ("eliminating discriminatory laws" is Goal 10's as much as any labelled statement's).
     */
    public List<SdgTarget> sdgTargets() {
        return sdgTargets;
    }

    /** Every source label of a family with the concept it maps to. */
    public List<SourceLabel> sourceLabels(Family family) {
        return List.copyOf(labels.get(family));
    }

    /**
     * The concept a label maps to: a source label of any vocabulary (spacing, case and no-break spaces aside), or a
     * canonical id or label itself.
     */
    public Optional<Concept> map(Family family, String label) {
        String key = normalise(label);
        SourceLabel source = byKey.get(family).get(key);
        if (source != null) {
            return concept(family, source.conceptId());
        }
        for (Concept concept : concepts.get(family).values()) {
            if (normalise(concept.id()).equals(key) || normalise(concept.label()).equals(key)) {
                return Optional.of(concept);
            }
        }
        return Optional.empty();
    }

    static String normalise(String label) {
        return label.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
