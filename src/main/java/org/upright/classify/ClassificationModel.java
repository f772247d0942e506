package org.upright.classify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.upright.common.BadInputException;

/**
 * The trained classifier: per family one OpenNLP maxent model (its outcomes are canonical ids) or one binary model per
 * label ({@link OneVsRest}), blended with a nearest-neighbours vote over the training statements, and the threshold training chose for it; written as one gzipped file that {@code upright train} produces and the build ships.
 */
public final class ClassificationModel {
    private static final String MAGIC = "upright-classifier";
    private static final int VERSION = 3;
    /** The share of the neighbours' vote in a label's score, the maxent probability having the rest. */
    static final double NEIGHBOURS_WEIGHT = 0.2;

    /** One family's model: the multinomial maxent one or, when not null, one binary model per label. */
    record FamilyModel(MaxentModel model, OneVsRest oneVsRest, Neighbours neighbours, double threshold) {
        FamilyModel(MaxentModel model, Neighbours neighbours, double threshold) {
            this(model, null, neighbours, threshold);
        }

        FamilyModel withThreshold(double chosen) {
            return new FamilyModel(model, oneVsRest, neighbours, chosen);
        }

        /** Each label's score for these features: the maxent probability, blended with the neighbours' vote. */
        Map<String, Double> probabilities(String[] features) {
            Map<String, Double> byId = new HashMap<>();
            double own = neighbours == null ? 1.0 : 1.0 - NEIGHBOURS_WEIGHT;
            if (oneVsRest != null) {
                oneVsRest.probabilities(features).forEach((id, p) -> byId.put(id, own * p));
            } else {
                double[] p = model.eval(features);
                for (int i = 0; i < p.length; i++) {
                    byId.put(model.getOutcome(i), own * p[i]);
                }
            }
            if (neighbours != null) {
                neighbours.scores(features).forEach((id, vote) -> byId.merge(id, NEIGHBOURS_WEIGHT * vote, Double::sum));
            }
            return byId;
        }
    }

    private final Map<Family, FamilyModel> families;

    ClassificationModel(Map<Family, FamilyModel> families) {
        this.families = new EnumMap<>(families);
    }

    FamilyModel family(Family family) {
        return families.get(family);
    }

    /** The probability above which a label is suggested (themes and persons always get their best one). */
    public double threshold(Family family) {
        FamilyModel model = families.get(family);
        return model == null ? Double.NaN : model.threshold();
    }

    /** Writes the model; the same model always gives the same bytes. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeUTF(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(families.size());
        for (Map.Entry<Family, FamilyModel> entry : families.entrySet()) {
            data.writeUTF(entry.getKey().name());
            data.writeDouble(entry.getValue().threshold());
            OneVsRest oneVsRest = entry.getValue().oneVsRest();
            data.writeBoolean(oneVsRest != null);
            if (oneVsRest != null) {
                oneVsRest.write(data);
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (DataOutputStream modelOut = new DataOutputStream(bytes)) {
                    new GenericModelWriter((AbstractModel) entry.getValue().model(), modelOut).persist();
                }
                data.writeInt(bytes.size());
                bytes.writeTo(data);
            }
            Neighbours neighbours = entry.getValue().neighbours();
            data.writeBoolean(neighbours != null);
            if (neighbours != null) {
                neighbours.write(data);
            }
        }
        data.flush();
        gzip.finish();
    }

    /** Reads a model written by {@link #write}; anything else is a BadInputException. */
    public static ClassificationModel read(InputStream in) {
        try {
            DataInputStream data = new DataInputStream(new GZIPInputStream(in));
            if (!MAGIC.equals(data.readUTF()) || data.readInt() != VERSION) {
                throw new BadInputException("not an Upright classifier model (or of another version)");
            }
            int count = data.readInt();
            Map<Family, FamilyModel> families = new EnumMap<>(Family.class);
            for (int i = 0; i < count; i++) {
                Family family = Family.valueOf(data.readUTF());
                double threshold = data.readDouble();
                OneVsRest oneVsRest = null;
                MaxentModel model = null;
                if (data.readBoolean()) {
                    oneVsRest = OneVsRest.read(data);
                } else {
                    byte[] bytes = data.readNBytes(data.readInt());
                    model = new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel();
                }
                Neighbours neighbours = data.readBoolean() ? Neighbours.read(data) : null;
                families.put(family, new FamilyModel(model, oneVsRest, neighbours, threshold));
            }
            return new ClassificationModel(families);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException("not a readable Upright classifier model: " + e.getMessage(), e);
        }
    }
}
