package io.aisle.llm.runtime;

import io.aisle.llm.runtime.gemv.CachedAttention;
import java.util.ArrayList;
import java.util.List;

/**
 * A decoded token's pass from its embedding to its logits in Java (see {@link JavaDecodeLayer}), for a
 * model whose decoded tokens multiply in Java ({@link DecodeWeights}): every layer, the final norm and
 * the output head, reading and appending the KV caches' host memory.
 */
final class JavaDecodeStep {

    private final List<JavaDecodeLayer> layers;
    private final float[] finalNorm;
    private final float normEps;
    private final DecodeWeights decode;

    JavaDecodeStep(ModelWeights weights, DecodeWeights decode, RotaryEmbedding rotary, ModelConfig config) {
        CachedAttention attention = new CachedAttention(config.numAttentionHeads(), config.numKeyValueHeads(), config.headDim(),
                decode.workers());
        List<JavaDecodeLayer> built = new ArrayList<>();
        for (int i = 0; i < config.numHiddenLayers(); i++) {
            built.add(new JavaDecodeLayer(weights.layers().get(i), decode.layers().get(i), attention, rotary, config));
        }
        this.layers = List.copyOf(built);
        this.finalNorm = weights.finalNorm().toFloatArray();
        this.normEps = (float) config.rmsNormEps();
        this.decode = decode;
    }

    /** The logits after the token whose embedding is x (overwritten) at position, one cache per layer. */
    float[] logits(float[] x, List<KvCache> caches, int position) {
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).forward(x, caches.get(i), position);
        }
        return decode.head().apply(JavaDecodeLayer.rmsNorm(x, finalNorm, normEps));
    }
}
