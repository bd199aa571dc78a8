package io.aisle.ltv.deep;

import io.aisle.ltv.features.CustomerHistory;
import io.aisle.ltv.features.CutoffPopulation;
import io.aisle.ltv.features.FeatureBuilder;
import io.aisle.ltv.features.FeatureConfig;
import io.aisle.ltv.features.FittedFeatures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trained ZILN model with the feature standardisation it was trained with: scores customer
 * histories at any cutoff. Serialises to bytes ({@link ZilnModelCodec}) so that it can be kept in
 * a bytea column. Holds native memory: close it.
 */
public final class ZilnModel implements AutoCloseable {

    private final FittedFeatures features;
    private final ZilnNetwork network;

    public ZilnModel(FittedFeatures features, ZilnNetwork network) {
        if (features.layout().size() != network.inputSize()) {
            throw new IllegalArgumentException("features and network disagree on the input size");
        }
        this.features = features;
        this.network = network;
    }

    /** What {@link #fit} returns: the model and how its training went. */
    public record Fitted(ZilnModel model, TrainingResult training) {
    }

    /**
     * Fits the standardisation on {@code histories} at {@code cutoff} and trains on their labels.
     *
     * @param labels each customer's value in the window after {@code cutoff}, e.g. from
     *               {@link FeatureBuilder#labels}
     */
    public static Fitted fit(List<CustomerHistory> histories, Instant cutoff, double[] labels,
                             FeatureConfig featureConfig, ZilnConfig config) {
        return fit(List.of(new TrainingSnapshot(new CutoffPopulation(histories, cutoff), labels)), featureConfig, config);
    }

    /** Trains on the rows of all snapshots together (see {@link TrainingWindows}). */
    public static Fitted fit(List<TrainingSnapshot> snapshots, FeatureConfig featureConfig, ZilnConfig config) {
        FittedFeatures features = new FeatureBuilder(featureConfig)
                .fit(snapshots.stream().map(TrainingSnapshot::population).toList());
        List<float[]> rows = new ArrayList<>();
        List<Double> labels = new ArrayList<>();
        for (TrainingSnapshot s : snapshots) {
            rows.addAll(Arrays.asList(features.transform(s.population().histories(), s.population().cutoff())));
            Arrays.stream(s.labels()).forEach(labels::add);
        }
        float[] y = new float[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(i).floatValue();
        }
        TrainingResult training = ZilnTrainer.train(rows.toArray(float[][]::new), y, config);
        return new Fitted(new ZilnModel(features, training.network()), training);
    }

    public ZilnPrediction[] predict(List<CustomerHistory> histories, Instant cutoff) {
        return network.predict(features.transform(histories, cutoff));
    }

    /** Expected value in the next window (of the training label window's length) per customer. */
    public double[] expectedValues(List<CustomerHistory> histories, Instant cutoff) {
        return Arrays.stream(predict(histories, cutoff)).mapToDouble(ZilnPrediction::expectedValue).toArray();
    }

    public FittedFeatures features() {
        return features;
    }

    public ZilnNetwork network() {
        return network;
    }

    @Override
    public void close() {
        network.close();
    }
}
