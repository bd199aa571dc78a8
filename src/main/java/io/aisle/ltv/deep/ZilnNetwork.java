package io.aisle.ltv.deep;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import io.aisle.common.djl.PyTorchEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The ZILN multi-layer perceptron (hidden ReLU layers, optional dropout, 3 linear outputs) on the
 * PyTorch engine, CPU. Holds native memory: close it. Scoring is synchronized because one
 * block's forward pass is not meant to be shared between threads.
 */
public final class ZilnNetwork implements AutoCloseable {

    private static final int SCORING_BATCH = 8_192;

    private final ZilnConfig config;
    private final int inputSize;
    private final double valueCap;
    private final Model model;

    private ZilnNetwork(ZilnConfig config, int inputSize, double valueCap, Model model) {
        this.config = config;
        this.inputSize = inputSize;
        this.valueCap = valueCap;
        this.model = model;
    }

    static Block block(ZilnConfig config) {
        SequentialBlock block = new SequentialBlock();
        for (int units : config.hiddenUnits()) {
            block.add(Linear.builder().setUnits(units).build()).add(Activation::relu);
            if (config.dropout() > 0) {
                block.add(Dropout.builder().optRate(config.dropout()).build());
            }
        }
        return block.add(Linear.builder().setUnits(3).build());
    }

    /**
     * A network with the given trained parameters (as written by {@link #parameters}).
     *
     * @param valueCap bound on the value if buying ({@link ZilnPrediction#valueIfBuying})
     */
    static ZilnNetwork load(ZilnConfig config, int inputSize, double valueCap, byte[] parameters) {
        Model model = Model.newInstance("ziln", PyTorchEngine.get().getEngineName());
        try {
            Block block = block(config);
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, inputSize));
            block.loadParameters(model.getNDManager(), new DataInputStream(new ByteArrayInputStream(parameters)));
            model.setBlock(block);
            return new ZilnNetwork(config, inputSize, valueCap, model);
        } catch (IOException | MalformedModelException e) {
            model.close();
            throw new IllegalArgumentException("not ZILN parameters for this configuration", e);
        }
    }

    /** The block's parameters in DJL's own format. */
    static byte[] parameters(Block block) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            block.saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public ZilnConfig config() {
        return config;
    }

    public int inputSize() {
        return inputSize;
    }

    public double valueCap() {
        return valueCap;
    }

    byte[] parameters() {
        return parameters(model.getBlock());
    }

    /** Predictions for already standardised feature rows. */
    public synchronized ZilnPrediction[] predict(float[][] rows) {
        ZilnPrediction[] out = new ZilnPrediction[rows.length];
        // in slices, so that scoring a whole customer base does not allocate one huge native array
        for (int from = 0; from < rows.length; from += SCORING_BATCH) {
            int to = Math.min(rows.length, from + SCORING_BATCH);
            float[][] slice = Arrays.copyOfRange(rows, from, to);
            try (NDManager scope = model.getNDManager().newSubManager()) {
                NDArray x = scope.create(Batches.flatten(slice, inputSize), new Shape(slice.length, inputSize));
                NDList result = model.getBlock().forward(new ParameterStore(scope, false), new NDList(x), false);
                float[] raw = result.singletonOrThrow().toFloatArray();
                for (int i = 0; i < slice.length; i++) {
                    out[from + i] = ZilnPrediction.fromOutputs(raw[3 * i], raw[3 * i + 1], raw[3 * i + 2], valueCap);
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        model.close();
    }
}
