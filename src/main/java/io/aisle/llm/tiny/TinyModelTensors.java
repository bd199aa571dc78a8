package io.aisle.llm.tiny;

import java.util.LinkedHashMap;
import java.util.SplittableRandom;

/**
 * The Hugging Face tensor names and [out, in] shapes of a spec, and their deterministic random
 * values. Each tensor draws from its own generator seeded by the spec's seed and its name, so
 * values do not depend on the order or the file a tensor is written in.
 */
final class TinyModelTensors {

    private static final double SQRT_3 = Math.sqrt(3);

    private final TinyModelSpec spec;

    TinyModelTensors(TinyModelSpec spec) {
        this.spec = spec;
    }

    LinkedHashMap<String, long[]> shapes() {
        int hidden = spec.hidden();
        int q = spec.heads() * spec.headDim();
        int kv = spec.kvHeads() * spec.headDim();
        LinkedHashMap<String, long[]> shapes = new LinkedHashMap<>();
        shapes.put("model.embed_tokens.weight", new long[] {spec.vocabSize(), hidden});
        for (int i = 0; i < spec.layers(); i++) {
            String p = "model.layers." + i + ".";
            shapes.put(p + "input_layernorm.weight", new long[] {hidden});
            shapes.put(p + "self_attn.q_proj.weight", new long[] {q, hidden});
            shapes.put(p + "self_attn.k_proj.weight", new long[] {kv, hidden});
            shapes.put(p + "self_attn.v_proj.weight", new long[] {kv, hidden});
            if (spec.isQwen2()) {
                shapes.put(p + "self_attn.q_proj.bias", new long[] {q});
                shapes.put(p + "self_attn.k_proj.bias", new long[] {kv});
                shapes.put(p + "self_attn.v_proj.bias", new long[] {kv});
            }
            shapes.put(p + "self_attn.o_proj.weight", new long[] {hidden, q});
            shapes.put(p + "post_attention_layernorm.weight", new long[] {hidden});
            shapes.put(p + "mlp.gate_proj.weight", new long[] {spec.intermediate(), hidden});
            shapes.put(p + "mlp.up_proj.weight", new long[] {spec.intermediate(), hidden});
            shapes.put(p + "mlp.down_proj.weight", new long[] {hidden, spec.intermediate()});
        }
        shapes.put("model.norm.weight", new long[] {hidden});
        if (!spec.tied()) {
            shapes.put("lm_head.weight", new long[] {spec.vocabSize(), hidden});
        }
        return shapes;
    }

    /**
     * Norm weights are 1 plus noise; biases small; embeddings and the head have a standard
     * deviation of 0.1; projections 1/sqrt(in), so that each layer changes the residual stream
     * visibly and greedy decoding does not just repeat its input token.
     */
    float[] values(String name, long[] shape) {
        SplittableRandom random = new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + name.hashCode());
        float[] values = new float[Math.toIntExact(shape.length == 1 ? shape[0] : shape[0] * shape[1])];
        boolean norm = name.endsWith("norm.weight");
        double std = norm ? 0.1 : name.endsWith(".bias") ? 0.1
                : name.contains("embed_tokens") || name.startsWith("lm_head") ? 0.1 : 1 / Math.sqrt(shape[1]);
        double halfWidth = SQRT_3 * std; // a uniform distribution with this standard deviation
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((norm ? 1 : 0) + (2 * random.nextDouble() - 1) * halfWidth);
        }
        return values;
    }
}
