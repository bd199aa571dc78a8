package io.aisle.llm.runtime;

import ai.djl.ndarray.NDArray;
import io.aisle.llm.runtime.gemv.F32Linear;
import io.aisle.llm.runtime.gemv.RowWorkers;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link DecodeWeights} over an F32 (or F16, widened at load) model's PyTorch arrays: each fused
 * projection and the output head read by the Java kernel from the same off-heap memory as PyTorch's
 * array of it (see {@link WeightLoader#sharedRows}), so the weights are held once.
 */
final class F32DecodeWeights {

    private F32DecodeWeights() {
    }

    static DecodeWeights of(ModelWeights weights, WeightLoader loader, RowWorkers workers) {
        List<DecodeWeights.Layer> layers = new ArrayList<>();
        for (LayerWeights layer : weights.layers()) {
            layers.add(new DecodeWeights.Layer(linear(layer.qkv(), layer.qkvBias(), loader, workers),
                    linear(layer.output(), layer.outputBias(), loader, workers),
                    linear(layer.gateUp(), layer.gateUpBias(), loader, workers),
                    linear(layer.down(), layer.downBias(), loader, workers)));
        }
        return new DecodeWeights(List.copyOf(layers), linear(weights.lmHead(), null, loader, workers), workers);
    }

    private static F32Linear linear(NDArray weight, NDArray bias, WeightLoader loader, RowWorkers workers) {
        return new F32Linear(loader.sharedRows(weight), bias == null ? null : bias.toFloatArray(), workers);
    }
}
