package io.aisle.llm.runtime;

import io.aisle.llm.runtime.gemv.Bf16Linear;
import io.aisle.llm.runtime.gemv.Bf16Rows;
import io.aisle.llm.runtime.gemv.RowWorkers;
import io.aisle.llm.runtime.safetensors.SafetensorsWeights;
import java.util.ArrayList;
import java.util.List;

/** Reads {@link Bf16Weights} from BF16 safetensors: the raw 2-byte values, fused as {@link WeightLoader} fuses them. */
final class Bf16WeightLoader {

    private Bf16WeightLoader() {
    }

    static Bf16Weights load(SafetensorsWeights source, ModelConfig config, RowWorkers workers) {
        Loader loader = new Loader(source, config, workers);
        List<DecodeWeights.Layer> layers = new ArrayList<>();
        for (int i = 0; i < config.numHiddenLayers(); i++) {
            layers.add(loader.layer("model.layers." + i + "."));
        }
        Bf16Rows embed = loader.table("model.embed_tokens.weight");
        Bf16Rows head = config.tieWordEmbeddings() ? embed : loader.table("lm_head.weight");
        DecodeWeights decode = new DecodeWeights(List.copyOf(layers), new Bf16Linear(head, null, workers), workers);
        return new Bf16Weights(embed, decode, new Bf16Prefill(layers));
    }

    private record Loader(SafetensorsWeights source, ModelConfig config, RowWorkers workers) {

        Bf16Rows table(String name) {
            Bf16Rows rows = new Bf16Rows(config.vocabSize(), config.hiddenSize());
            rows.put(0, config.vocabSize(), source.bf16Bits(name, config.vocabSize(), config.hiddenSize()));
            return rows;
        }

        DecodeWeights.Layer layer(String prefix) {
            int hidden = config.hiddenSize();
            int q = config.queryWidth();
            int kv = config.keyValueWidth();
            int inner = config.intermediateSize();
            String attention = prefix + "self_attn.";
            String mlp = prefix + "mlp.";
            Bf16Linear qkv = fused(hidden, new String[] {attention + "q_proj", attention + "k_proj", attention + "v_proj"},
                    config.qkvBias(), q, kv, kv);
            Bf16Linear output = fused(q, new String[] {attention + "o_proj"}, config.outputProjectionBias(), hidden);
            Bf16Linear gateUp = fused(hidden, new String[] {mlp + "gate_proj", mlp + "up_proj"}, config.mlpProjectionBias(),
                    inner, inner);
            Bf16Linear down = fused(inner, new String[] {mlp + "down_proj"}, config.mlpProjectionBias(), hidden);
            return new DecodeWeights.Layer(qkv, output, gateUp, down);
        }

        /** Stacks the projections' rows (and biases) along the output dimension, as {@link WeightLoader} does. */
        private Bf16Linear fused(int columns, String[] names, boolean biased, int... rows) {
            int total = 0;
            for (int r : rows) {
                total += r;
            }
            Bf16Rows weights = new Bf16Rows(total, columns);
            float[] bias = biased ? new float[total] : null;
            int at = 0;
            for (int i = 0; i < names.length; i++) {
                weights.put(at, rows[i], source.bf16Bits(names[i] + ".weight", rows[i], columns));
                if (biased) {
                    System.arraycopy(source.read(names[i] + ".bias", rows[i]), 0, bias, at, rows[i]);
                }
                at += rows[i];
            }
            return new Bf16Linear(weights, bias, workers);
        }
    }
}
