package org.upright.classify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.TrainingParameters;
import org.upright.common.UprightException;

/**
 * One binary OpenNLP maxent model per label of a family: each label's probability stands alone, so a statement with
 * three labels is not forced to share one probability mass among them as in the multinomial model.
 */
final class OneVsRest {
    /** A label seen in fewer training statements gets no model: too few positives to learn from. */
    static final int MIN_STATEMENTS = 3;
    private static final String YES = "y";
    private static final String NO = "n";
    /**
     * The L2 penalty: measured by cross-validation by document, 0.5 gave themes 0.528 and persons 0.700, 0.25 gave
     * 0.534 / 0.704, 0.1 gave 0.544 / 0.705, 0.05 and 0.02 no more (ADR 0012).
     */
    private static final double L2 = 0.1;

    private final Map<String, MaxentModel> byLabel;
    private final String[] labels;
    /** Per feature, each label's weight for "yes" minus its weight for "no": one lookup per feature, not per model. */
    private final Map<String, double[]> margins = new HashMap<>();

    OneVsRest(Map<String, MaxentModel> byLabel) {
        this.byLabel = new TreeMap<>(byLabel);
        this.labels = this.byLabel.keySet().toArray(String[]::new);
        for (int i = 0; i < labels.length; i++) {
            addMargins(i, (AbstractModel) this.byLabel.get(labels[i]));
        }
    }

    @SuppressWarnings("unchecked")
    private void addMargins(int label, AbstractModel model) {
        Object[] data = model.getDataStructures();
        Map<String, Context> contexts = (Map<String, Context>) data[1];
        int yes = model.getIndex(YES);
        contexts.forEach((feature, context) -> {
            double margin = 0;
            int[] outcomes = context.getOutcomes();
            double[] parameters = context.getParameters();
            for (int k = 0; k < outcomes.length; k++) {
                margin += outcomes[k] == yes ? parameters[k] : -parameters[k];
            }
            margins.computeIfAbsent(feature, f -> new double[labels.length])[label] = margin;
        });
    }

    /** The binary model of each label (tests compare the summed margins with OpenNLP's own evaluation). */
    Map<String, MaxentModel> models() {
        return byLabel;
    }

    /** Trains one model per label seen in at least {@link #MIN_STATEMENTS} of the statements; sorted, one thread. */
    static OneVsRest fit(List<LabelledStatement> statements, Family family) {
        Map<String, Integer> seen = new TreeMap<>();
        List<String[]> features = new ArrayList<>();
        for (LabelledStatement statement : statements) {
            features.add(Features.of(statement.text()));
            statement.labels().get(family).stream().distinct().forEach(id -> seen.merge(id, 1, Integer::sum));
        }
        Map<String, MaxentModel> models = new TreeMap<>();
        for (Map.Entry<String, Integer> label : seen.entrySet()) {
            if (label.getValue() < MIN_STATEMENTS) {
                continue;
            }
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                boolean yes = statements.get(i).labels().get(family).contains(label.getKey());
                events.add(new Event(yes ? YES : NO, features.get(i)));
            }
            models.put(label.getKey(), train(events, family));
        }
        return new OneVsRest(models);
    }

    private static MaxentModel train(List<Event> events, Family family) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 100);
        // a feature seen once is dropped: each binary model stores its whole vocabulary, and the file must stay small
        parameters.put(TrainingParameters.CUTOFF_PARAM, 2);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put(QNTrainer.L2COST_PARAM, L2);
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        try {
            return TrainerFactory.getEventTrainer(parameters, null)
                    .train(opennlp.tools.util.ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UprightException("training the " + family.outputName() + " model failed: " + e.getMessage(), e);
        }
    }

    /** Each modelled label's own probability for these features. */
    Map<String, Double> probabilities(String[] features) {
        // a binary maxent's P(yes) is the logistic of the summed margins (each occurrence of a feature counting)
        double[] sum = new double[labels.length];
        for (String feature : features) {
            double[] margin = margins.get(feature);
            if (margin != null) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += margin[i];
                }
            }
        }
        Map<String, Double> scores = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            scores.put(labels[i], 1.0 / (1.0 + Math.exp(-sum[i])));
        }
        return scores;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(byLabel.size());
        for (Map.Entry<String, MaxentModel> entry : byLabel.entrySet()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream modelOut = new DataOutputStream(bytes)) {
                new GenericModelWriter((AbstractModel) entry.getValue(), modelOut).persist();
            }
            out.writeUTF(entry.getKey());
            out.writeInt(bytes.size());
            bytes.writeTo(out);
        }
    }

    static OneVsRest read(DataInputStream in) throws IOException {
        int count = in.readInt();
        Map<String, MaxentModel> models = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String id = in.readUTF();
            byte[] bytes = in.readNBytes(in.readInt());
            models.put(id, new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel());
        }
        return new OneVsRest(models);
    }
}
