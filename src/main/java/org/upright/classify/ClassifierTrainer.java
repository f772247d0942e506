package org.upright.classify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.upright.common.BadInputException;
import org.upright.common.UprightException;

/**
 * Trains the classifier from labelled statements: per family one multinomial maxent model (OpenNLP, L-BFGS with an
 * L2 penalty; a statement with several labels is one event per label) or one binary model per label (one-vs-rest), the statements for a nearest-neighbours vote,
 * and a threshold chosen by cross-validation by
 * document inside the statements given. Deterministic: one thread, no random numbers, sorted input.
 */
public final class ClassifierTrainer {
    /** Thresholds tried; the one with the best pooled micro-F1 over the inner folds wins. */
    private static final double[] THRESHOLDS = thresholds();
    private static final double DEFAULT_THRESHOLD = 0.3;
    /**
     * The families whose scores blend in the neighbours' vote: measured by cross-validation by document, it raised
     * themes (0.478 to 0.495 micro-F1 at a weight of 0.2) and lowered SDGs, persons being unchanged (ADR 0012).
     */
    private static final Set<Family> WITH_NEIGHBOURS = EnumSet.of(Family.THEMES);

    /**
     * The families trained one-vs-rest (a binary model per label) instead of one multinomial model: measured by
     * cross-validation by document, it raised themes and affected persons and lowered SDGs (ADR 0012).
     */
    static final Set<Family> ONE_VS_REST = EnumSet.of(Family.THEMES, Family.AFFECTED_PERSONS);

    private final Taxonomy taxonomy;
    /** The taxonomy's own words for its labels, added to every training set (never held out). */
    private final List<LabelledStatement> knowledge;

    /** Told the name of each model fit as it ends ({@link #fits} says how many a training makes). */
    private final Consumer<String> fitted;

    /** A trainer producing labels of this taxonomy. */
    public ClassifierTrainer(Taxonomy taxonomy) {
        this(taxonomy, fit -> { });
    }

    /** A trainer that reports each model fit as it ends, for a progress display. */
    public ClassifierTrainer(Taxonomy taxonomy, Consumer<String> fitted) {
        this.taxonomy = taxonomy;
        this.knowledge = Knowledge.of(taxonomy);
        this.fitted = fitted;
    }

    /**
     * How many models {@link #train} fits on these statements: per family one per document of the inner
     * cross-validation (when at least two documents label it) and the final one.
     */
    public static int fits(List<LabelledStatement> statements) {
        int fits = 0;
        for (Family family : Family.values()) {
            long docs = labelled(statements, family).stream().map(LabelledStatement::doc).distinct().count();
            fits += docs == 0 ? 0 : docs < 2 ? 1 : (int) docs + 1;
        }
        return fits;
    }

    private static double[] thresholds() {
        double[] values = new double[36];
        for (int i = 0; i < values.length; i++) {
            values[i] = 0.025 * (i + 1);
        }
        return values;
    }

    /**
     * How many times a reviewer's correction counts in training: corrections speak the reader's own labelling habits,
     * which the labelled corpus's documents each do differently. Measured by cross-validation by document with 100
     * statements of each held-out document in its training (docs/benchmarks.md): counted once, 3 and 5 times, the
     * held-out figures rose with the weight (ADR 0012).
     */
    public static final int CORRECTION_WEIGHT = 5;

    /**
     * A model trained on labelled statements and on reviewers' corrections, each of those counting
     * {@link #CORRECTION_WEIGHT} times.
     */
    public ClassificationModel train(List<LabelledStatement> statements, List<LabelledStatement> corrections) {
        List<LabelledStatement> all = new ArrayList<>(statements);
        for (int i = 0; i < CORRECTION_WEIGHT; i++) {
            all.addAll(corrections);
        }
        return train(all);
    }

    /** A model trained on all the statements, thresholds chosen by cross-validation by document among them. */
    public ClassificationModel train(List<LabelledStatement> statements) {
        Map<Family, ClassificationModel.FamilyModel> families = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            List<LabelledStatement> labelled = labelled(statements, family);
            if (labelled.isEmpty()) {
                continue;
            }
            families.put(family, familyModel(labelled, family, chooseThreshold(statements, family)));
            fitted.accept(family.outputName());
        }
        if (families.isEmpty()) {
            throw new BadInputException("no labelled statements to train on");
        }
        return new ClassificationModel(families);
    }

    /** A model without chosen thresholds (the default one): the inner folds of threshold choice use it. */
    ClassificationModel trainFixed(List<LabelledStatement> statements, double threshold) {
        Map<Family, ClassificationModel.FamilyModel> families = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            List<LabelledStatement> labelled = labelled(statements, family);
            if (!labelled.isEmpty()) {
                families.put(family, familyModel(labelled, family, threshold));
            }
        }
        return new ClassificationModel(families);
    }

    static List<LabelledStatement> labelled(List<LabelledStatement> statements, Family family) {
        return statements.stream().filter(s -> s.labels(family) && !s.labels().get(family).isEmpty()).toList();
    }

    private double chooseThreshold(List<LabelledStatement> statements, Family family) {
        Set<String> docs = new TreeSet<>();
        labelled(statements, family).forEach(s -> docs.add(s.doc()));
        if (docs.size() < 2) {
            return DEFAULT_THRESHOLD;
        }
        List<LabelledStatement> held = new ArrayList<>();
        List<ClassificationService.Scored> scored = new ArrayList<>();
        for (String doc : docs) {
            List<LabelledStatement> train = statements.stream().filter(s -> !s.doc().equals(doc)).toList();
            List<LabelledStatement> test = statements.stream()
                    .filter(s -> s.doc().equals(doc) && s.labels(family)).toList();
            List<LabelledStatement> trainLabelled = labelled(train, family);
            ClassificationModel.FamilyModel model = familyModel(trainLabelled, family, DEFAULT_THRESHOLD);
            fitted.accept(family.outputName() + " threshold, without " + doc);
            ClassificationService service = new ClassificationService(taxonomy,
                    new ClassificationModel(Map.of(family, model)));
            for (LabelledStatement statement : test) {
                held.add(statement);
                scored.add(service.score(statement.text()));
            }
        }
        double best = DEFAULT_THRESHOLD;
        double bestF1 = -1;
        // One-vs-rest probabilities do not share a mass, so its thresholds range higher.
        int tried = ONE_VS_REST.contains(family) ? THRESHOLDS.length : 24;
        for (double threshold : java.util.Arrays.copyOf(THRESHOLDS, tried)) {
            Evaluation.Counts counts = new Evaluation.Counts();
            for (int i = 0; i < held.size(); i++) {
                Set<String> predicted = new TreeSet<>();
                ClassificationService.choose(family, scored.get(i).probabilities(family), scored.get(i).rules(family),
                        threshold).forEach(e -> predicted.add(e.getKey()));
                counts.add(held.get(i).labels().get(family), predicted);
            }
            double f1 = counts.microF1();
            if (f1 > bestF1 + 1e-12) {
                bestF1 = f1;
                best = threshold;
            }
        }
        return best;
    }

    /**
     * Per family the multinomial model or one-vs-rest, whichever cross-validation by document measured better, from
     * the labelled statements and the taxonomy's own words for the family's labels.
     */
    private ClassificationModel.FamilyModel familyModel(List<LabelledStatement> statements, Family family,
            double threshold) {
        List<LabelledStatement> labelled = new ArrayList<>(statements);
        labelled.addAll(labelled(knowledge, family));
        if (ONE_VS_REST.contains(family)) {
            return new ClassificationModel.FamilyModel(null, OneVsRest.fit(labelled, family),
                    neighbours(labelled, family), threshold);
        }
        return new ClassificationModel.FamilyModel(fit(labelled, family), neighbours(labelled, family), threshold);
    }

    private static Neighbours neighbours(List<LabelledStatement> labelled, Family family) {
        return WITH_NEIGHBOURS.contains(family) ? Neighbours.of(labelled, family) : null;
    }

    private static MaxentModel fit(List<LabelledStatement> statements, Family family) {
        List<Event> events = new ArrayList<>();
        for (LabelledStatement statement : statements) {
            String[] features = Features.of(statement.text());
            for (String id : new TreeSet<>(statement.labels().get(family))) {
                events.add(new Event(id, features));
            }
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 200);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put(QNTrainer.L2COST_PARAM, 0.5);
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        try {
            return TrainerFactory.getEventTrainer(parameters, null)
                    .train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UprightException("training the " + family.outputName() + " model failed: " + e.getMessage(), e);
        }
    }
}
