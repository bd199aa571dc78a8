package io.aisle.ltv.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A feature layout with the standardisation fitted on the training set: what a trained model
 * needs to turn histories into its inputs, and what is stored with it.
 */
public record FittedFeatures(FeatureLayout layout, Standardisation scaling) {

    /** Standardised feature vectors of {@code histories} at {@code cutoff}, in the same order. */
    public float[][] transform(List<CustomerHistory> histories, Instant cutoff) {
        float[][] rows = new float[histories.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = scaling.apply(layout.raw(histories.get(i), cutoff));
        }
        return rows;
    }

    public List<String> names() {
        return layout.names();
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(layout.config().topCategories());
        out.writeBoolean(layout.config().activity());
        out.writeInt(layout.categories().size());
        for (String c : layout.categories()) {
            out.writeUTF(c);
        }
        scaling.writeTo(out);
    }

    public static FittedFeatures readFrom(DataInput in) throws IOException {
        FeatureConfig config = new FeatureConfig(in.readInt(), in.readBoolean());
        int n = in.readInt();
        List<String> categories = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            categories.add(in.readUTF());
        }
        return new FittedFeatures(new FeatureLayout(config, categories), Standardisation.readFrom(in));
    }
}
