package org.upright.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.upright.common.BadInputException;
import org.upright.common.UprightException;

/**
 * Suggests themes, affected persons and SDG goals for a statement: the trained model plus the exact rules.
 * Immutable after construction, so one instance serves every thread.
 */
public final class ClassificationService {
    /** The model shipped in the resources, written by {@code upright train}. */
    static final String BUNDLED_MODEL = "model.bin";

    private static volatile ClassificationService bundled;

    private final Taxonomy taxonomy;
    private final ClassificationModel model;
    private final Rules rules;

    /** A service over a given model (one just trained, or read from a file). */
    public ClassificationService(Taxonomy taxonomy, ClassificationModel model) {
        this.taxonomy = taxonomy;
        this.model = model;
        this.rules = Rules.load(taxonomy);
    }

    /** The service over the model shipped in the resources, loaded once per JVM. */
    public static ClassificationService bundled() {
        ClassificationService service = bundled;
        if (service == null) {
            synchronized (ClassificationService.class) {
                if (bundled == null) {
                    bundled = new ClassificationService(Taxonomy.load(), bundledModel());
                }
                service = bundled;
            }
        }
        return service;
    }

    private static ClassificationModel bundledModel() {
        try (InputStream in = ClassificationService.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new UprightException("the classifier model is missing from the build; run 'upright train'");
            }
            return ClassificationModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service over a model file written by {@code upright train -o FILE}. */
    public static ClassificationService fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new ClassificationService(Taxonomy.load(), ClassificationModel.read(in));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the model: " + e.getMessage(), e);
        }
    }

    /** The taxonomy the suggestions come from. */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The trained model it runs (its thresholds per family). */
    public ClassificationModel model() {
        return model;
    }

    /** The suggestions for one text (a recommendation, with or without its recommending States). */
    public Suggestions classify(String text) {
        Scored scored = score(text);
        Map<Family, List<Suggestion>> chosen = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            ClassificationModel.FamilyModel familyModel = model.family(family);
            double threshold = familyModel == null ? 1.0 : familyModel.threshold();
            chosen.put(family, choose(family, scored.probabilities(family), scored.rules(family), threshold).stream()
                    .map(e -> new Suggestion(taxonomy.concept(family, e.getKey()).orElseThrow(), e.getValue()))
                    .toList());
        }
        return new Suggestions(chosen.get(Family.THEMES), chosen.get(Family.AFFECTED_PERSONS),
                chosen.get(Family.SDGS));
    }

    /** The model's probabilities and the rules' labels for a text, before any threshold. */
    record Scored(Map<Family, Map<String, Double>> model, Map<Family, Map<String, Double>> byRule) {
        Map<String, Double> probabilities(Family family) {
            return model.getOrDefault(family, Map.of());
        }

        Map<String, Double> rules(Family family) {
            return byRule.getOrDefault(family, Map.of());
        }
    }

    Scored score(String text) {
        String[] features = Features.of(text);
        Map<Family, Map<String, Double>> probabilities = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            ClassificationModel.FamilyModel familyModel = model.family(family);
            if (familyModel != null) {
                probabilities.put(family, familyModel.probabilities(features));
            }
        }
        return new Scored(probabilities, rules.apply(Features.content(text)));
    }

    /**
     * The labels above the threshold (themes and persons: at least the best one), then those the rules add; each
     * with the higher of the model's probability and the rule's confidence.
     */
    static List<Map.Entry<String, Double>> choose(Family family, Map<String, Double> probabilities,
            Map<String, Double> byRule, double threshold) {
        Map<String, Double> chosen = new HashMap<>();
        Map.Entry<String, Double> best = null;
        for (Map.Entry<String, Double> entry : probabilities.entrySet()) {
            if (entry.getValue() >= threshold) {
                chosen.put(entry.getKey(), entry.getValue());
            }
            if (best == null || entry.getValue() > best.getValue()
                    || entry.getValue().equals(best.getValue()) && entry.getKey().compareTo(best.getKey()) < 0) {
                best = entry;
            }
        }
        byRule.forEach((id, confidence) -> chosen.merge(id, confidence, Math::max));
        if (chosen.isEmpty() && family != Family.SDGS && best != null) {
            chosen.put(best.getKey(), best.getValue());
        }
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(chosen.entrySet());
        sorted.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return sorted;
    }
}
