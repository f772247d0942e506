package org.upright.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Scores suggestions against labels (micro and macro precision, recall, F1 per family) and cross-validates. */
public final class Evaluation {
    private Evaluation() {
    }

    /** One family's figures over the statements whose document labels it. */
    public record Scores(Family family, int statements, double microPrecision, double microRecall, double microF1,
            double macroPrecision, double macroRecall, double macroF1) {
    }

    /**
     * Cross-validation by document: the classifier's figures and the most-frequent-label baseline's, strict (exact
     * ids) and vocabulary-aware (at the granularity each held-out document labels in, see {@link #granularity}).
     */
    public record CrossValidation(List<String> folds, Map<Family, Scores> model, Map<Family, Scores> baseline,
            Map<Family, Scores> modelByVocabulary, Map<Family, Scores> baselineByVocabulary,
            Map<String, Map<Family, Scores>> byDocument) {
    }

    /** Strict figures (exact ids) and vocabulary-aware ones (each document's granularity) of one model. */
    public record Both(Map<Family, Scores> strict, Map<Family, Scores> byVocabulary) {
    }

    /** Each family's scores of the service's suggestions against the statements' labels. */
    public static Map<Family, Scores> evaluate(ClassificationService service, List<LabelledStatement> statements) {
        Map<Family, Counts> counts = counts();
        for (LabelledStatement statement : statements) {
            add(counts, statement, service.classify(statement.text()));
        }
        return scores(counts);
    }

    /** Both kinds of figures of the service's suggestions, each document scored at its own labels' granularity. */
    public static Both evaluateBoth(Taxonomy taxonomy, ClassificationService service,
            List<LabelledStatement> statements) {
        Map<Family, Counts> strict = counts();
        Map<Family, Counts> aware = counts();
        Map<String, List<LabelledStatement>> byDoc = new java.util.TreeMap<>();
        statements.forEach(s -> byDoc.computeIfAbsent(s.doc(), d -> new ArrayList<>()).add(s));
        byDoc.forEach((doc, ofDoc) -> {
            Map<Family, Map<String, String>> granularity = granularity(taxonomy, ofDoc);
            for (LabelledStatement statement : ofDoc) {
                Suggestions suggestions = service.classify(statement.text());
                add(strict, statement, suggestions);
                addAware(aware, granularity, statement, ids(suggestions));
            }
        });
        return new Both(scores(strict), scores(aware));
    }

    /**
     * The coarse groups one document labels in, per family, as a map from each member to its group: a group is
     * coarse for the document when the document uses the group's label and never a member's (Slovenia's label-only
     * list has "Human rights education, trainings & awareness raising", A5, and no A51 / A53 / A54). Derived from the
     * document's labels only, never from predictions, and applied alike to its labels and the suggestions.
     */
    static Map<Family, Map<String, String>> granularity(Taxonomy taxonomy, List<LabelledStatement> document) {
        Map<Family, Map<String, String>> coarse = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            Set<String> used = new TreeSet<>();
            document.stream().filter(s -> s.labels(family)).forEach(s -> used.addAll(s.labels().get(family)));
            Set<String> refined = new TreeSet<>();
            for (String id : used) {
                taxonomy.parent(family, id).ifPresent(refined::add);
            }
            Map<String, String> members = new HashMap<>();
            for (Concept concept : taxonomy.concepts(family)) {
                taxonomy.parent(family, concept.id()).ifPresent(group -> {
                    if (used.contains(group) && !refined.contains(group)) {
                        members.put(concept.id(), group);
                    }
                });
            }
            coarse.put(family, Map.copyOf(members));
        }
        return coarse;
    }

    /** The ids at a document's granularity: a member of a group the document only labels as a whole becomes it. */
    static Set<String> atGranularity(Set<String> ids, Map<String, String> coarse) {
        Set<String> mapped = new TreeSet<>();
        ids.forEach(id -> mapped.add(coarse.getOrDefault(id, id)));
        return mapped;
    }

    /**
     * Trains on all documents but one and tests on that one, for every document (the {@code doc} of each line);
     * thresholds are chosen inside each training fold, never on the held-out document.
     */
    public static CrossValidation crossValidate(Taxonomy taxonomy, List<LabelledStatement> statements) {
        return crossValidate(taxonomy, statements, 0, fit -> { });
    }

    /** How many model fits {@link #crossValidate} makes: a whole training per held-out document. */
    public static int fits(List<LabelledStatement> statements, int adapt) {
        int fits = 0;
        for (String doc : new TreeSet<>(statements.stream().map(LabelledStatement::doc).toList())) {
            Split split = split(statements, doc, adapt);
            List<LabelledStatement> train = new ArrayList<>(split.train());
            train.addAll(split.adapted());
            fits += ClassifierTrainer.fits(train);
        }
        return fits;
    }

    /** One fold: the other documents, the held-out document's statements that join training, and the rest. */
    private record Split(List<LabelledStatement> train, List<LabelledStatement> adapted, List<LabelledStatement> test) {
    }

    /** The training and test statements of the fold holding out one document, {@code adapt} of its own in training. */
    private static Split split(List<LabelledStatement> statements, String doc, int adapt) {
        List<LabelledStatement> train = statements.stream().filter(s -> !s.doc().equals(doc)).toList();
        List<LabelledStatement> adapted = new ArrayList<>();
        List<LabelledStatement> test = new ArrayList<>();
        List<LabelledStatement> ofDoc = statements.stream().filter(s -> s.doc().equals(doc)).toList();
        for (int i = 0; i < ofDoc.size(); i++) {
            boolean joins = (long) i * adapt / ofDoc.size() != (long) (i + 1) * adapt / ofDoc.size();
            (joins ? adapted : test).add(ofDoc.get(i));
        }
        return new Split(train, adapted, test);
    }

    /**
     * Cross-validation by document where {@code adapt} statements of each held-out document, spread evenly through
     * it, join the training as corrections do ({@link ClassifierTrainer#CORRECTION_WEIGHT}) and are not scored: what
     * an editor's corrections of that many statements of a new kind of list would bring.
     */
    public static CrossValidation crossValidate(Taxonomy taxonomy, List<LabelledStatement> statements, int adapt,
            java.util.function.Consumer<String> fitted) {
        Set<String> docs = statements.stream().map(LabelledStatement::doc).collect(Collectors.toCollection(TreeSet::new));
        Map<Family, Counts> model = counts();
        Map<Family, Counts> baseline = counts();
        Map<Family, Counts> modelAware = counts();
        Map<Family, Counts> baselineAware = counts();
        ClassifierTrainer trainer = new ClassifierTrainer(taxonomy, fitted);
        Map<String, Map<Family, Scores>> byDocument = new java.util.LinkedHashMap<>();
        for (String doc : docs) {
            Split split = split(statements, doc, adapt);
            List<LabelledStatement> train = new ArrayList<>(split.train());
            train.addAll(split.adapted());
            List<LabelledStatement> test = split.test();
            Map<Family, Counts> ofThisDoc = counts();
            // the held-out document's statements in training count as corrections do in 'train --with-corrections'
            ClassificationService service = new ClassificationService(taxonomy,
                    trainer.train(split.train(), split.adapted()));
            Map<Family, String> frequent = mostFrequent(train);
            Map<Family, Map<String, String>> granularity = granularity(taxonomy, test);
            Map<Family, Set<String>> baselineIds = new EnumMap<>(Family.class);
            frequent.forEach((family, label) -> baselineIds.put(family, Set.of(label)));
            for (LabelledStatement statement : test) {
                Suggestions suggestions = service.classify(statement.text());
                add(model, statement, suggestions);
                add(ofThisDoc, statement, suggestions);
                addAware(modelAware, granularity, statement, ids(suggestions));
                for (Family family : Family.values()) {
                    if (statement.labels(family)) {
                        baseline.get(family).add(statement.labels().get(family),
                                baselineIds.getOrDefault(family, Set.of()));
                    }
                }
                addAware(baselineAware, granularity, statement, baselineIds);
            }
            byDocument.put(doc, scores(ofThisDoc));
        }
        return new CrossValidation(List.copyOf(docs), scores(model), scores(baseline), scores(modelAware),
                scores(baselineAware), byDocument);
    }

    /** The most frequent label of each family in the training statements (ties: the smaller id). */
    static Map<Family, String> mostFrequent(List<LabelledStatement> statements) {
        Map<Family, String> frequent = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            Map<String, Long> counts = statements.stream().filter(s -> s.labels(family))
                    .flatMap(s -> s.labels().get(family).stream())
                    .collect(Collectors.groupingBy(Function.identity(), TreeMapSupplier.INSTANCE, Collectors.counting()));
            counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .ifPresent(e -> frequent.put(family, e.getKey()));
        }
        return frequent;
    }

    private enum TreeMapSupplier implements java.util.function.Supplier<Map<String, Long>> {
        INSTANCE;

        @Override
        public Map<String, Long> get() {
            return new java.util.TreeMap<>();
        }
    }

    private static Map<Family, Counts> counts() {
        Map<Family, Counts> counts = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            counts.put(family, new Counts());
        }
        return counts;
    }

    private static void add(Map<Family, Counts> counts, LabelledStatement statement, Suggestions suggestions) {
        for (Family family : Family.values()) {
            if (statement.labels(family)) {
                Set<String> predicted = new TreeSet<>();
                suggestions.of(family).forEach(s -> predicted.add(s.id()));
                counts.get(family).add(statement.labels().get(family), predicted);
            }
        }
    }

    private static Map<Family, Set<String>> ids(Suggestions suggestions) {
        Map<Family, Set<String>> ids = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            Set<String> predicted = new TreeSet<>();
            suggestions.of(family).forEach(s -> predicted.add(s.id()));
            ids.put(family, predicted);
        }
        return ids;
    }

    private static void addAware(Map<Family, Counts> counts, Map<Family, Map<String, String>> granularity,
            LabelledStatement statement, Map<Family, Set<String>> predicted) {
        for (Family family : Family.values()) {
            if (statement.labels(family)) {
                Map<String, String> coarse = granularity.get(family);
                counts.get(family).add(atGranularity(statement.labels().get(family), coarse),
                        atGranularity(predicted.getOrDefault(family, Set.of()), coarse));
            }
        }
    }

    private static Map<Family, Scores> scores(Map<Family, Counts> counts) {
        Map<Family, Scores> scores = new LinkedHashMap<>();
        counts.forEach((family, c) -> scores.put(family, c.scores(family)));
        return scores;
    }

    /** True and false positives and false negatives, in total and per label. */
    static final class Counts {
        private int statements;
        private final int[] total = new int[3];
        private final Map<String, int[]> perLabel = new HashMap<>();

        void add(Set<String> gold, Set<String> predicted) {
            statements++;
            for (String label : predicted) {
                int kind = gold.contains(label) ? 0 : 1;
                total[kind]++;
                perLabel.computeIfAbsent(label, l -> new int[3])[kind]++;
            }
            for (String label : gold) {
                if (!predicted.contains(label)) {
                    total[2]++;
                    perLabel.computeIfAbsent(label, l -> new int[3])[2]++;
                }
            }
        }

        double microF1() {
            return f1(precision(total), recall(total));
        }

        Scores scores(Family family) {
            List<double[]> macro = new ArrayList<>();
            perLabel.values().forEach(c -> macro.add(new double[] {precision(c), recall(c), f1(precision(c), recall(c))}));
            double n = Math.max(1, macro.size());
            return new Scores(family, statements, precision(total), recall(total), microF1(),
                    macro.stream().mapToDouble(m -> m[0]).sum() / n, macro.stream().mapToDouble(m -> m[1]).sum() / n,
                    macro.stream().mapToDouble(m -> m[2]).sum() / n);
        }

        private static double precision(int[] c) {
            return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        }

        private static double recall(int[] c) {
            return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
