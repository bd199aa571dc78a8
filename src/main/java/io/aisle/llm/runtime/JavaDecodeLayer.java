package io.aisle.llm.runtime;

import io.aisle.llm.runtime.gemv.CachedAttention;
import io.aisle.llm.runtime.gemv.SwiGlu;

/**
 * One decoder layer for one decoded token, wholly in Java on float arrays: the same steps as {@link
 * DecoderLayer} (pre-norm, rotary embeddings, grouped-query attention over the KV cache, SwiGLU,
 * residual adds) with the same fp32 operations, but no DJL call: a token then costs the layer's four
 * matrix-vector products plus a few passes over vectors of the hidden size, instead of some thirty
 * native calls and copies around each product.
 */
final class JavaDecodeLayer {

    private final float[] inputNorm;
    private final float[] postAttentionNorm;
    private final DecodeWeights.Layer projections;
    private final CachedAttention attention;
    private final RotaryEmbedding rotary;
    private final LayerShape shape;

    JavaDecodeLayer(LayerWeights weights, DecodeWeights.Layer projections, CachedAttention attention, RotaryEmbedding rotary,
            ModelConfig config) {
        this.inputNorm = weights.inputNorm().toFloatArray();
        this.postAttentionNorm = weights.postAttentionNorm().toFloatArray();
        this.projections = projections;
        this.attention = attention;
        this.rotary = rotary;
        this.shape = LayerShape.of(config);
    }

    /** Runs x, the hidden vector of the token at position, through the layer in place; caches its keys and values. */
    void forward(float[] x, KvCache cache, int position) {
        int heads = shape.heads();
        int headDim = shape.headDim();
        int kvHeads = shape.kvHeads();
        float[] qkv = projections.qkv().apply(rmsNorm(x, inputNorm, shape.normEps()));
        for (int h = 0; h < heads + kvHeads; h++) {
            rotary.rotate(qkv, h * headDim, position);
        }
        cache.store(qkv, heads * headDim, (heads + kvHeads) * headDim, position);
        float scale = shape.scale();
        for (int i = 0; i < heads * headDim; i++) {
            qkv[i] *= scale;
        }
        float[] mixed = attention.attend(qkv, cache.hostKeys(), cache.hostValues(), cache.capacity(), position + 1);
        addInPlace(x, projections.output().apply(mixed));
        float[] gateUp = projections.gateUp().apply(rmsNorm(x, postAttentionNorm, shape.normEps()));
        addInPlace(x, projections.down().apply(SwiGlu.apply(gateUp)));
    }

    /** x / sqrt(mean(x^2) + eps) * weight, as {@link DecoderLayer#rmsNorm} computes it on the CPU. */
    static float[] rmsNorm(float[] x, float[] weight, float eps) {
        double squares = 0;
        for (float v : x) {
            squares += v * v;
        }
        float rms = (float) Math.sqrt((float) (squares / x.length) + eps);
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] / rms * weight[i];
        }
        return y;
    }

    private static void addInPlace(float[] x, float[] y) {
        for (int i = 0; i < x.length; i++) {
            x[i] += y[i];
        }
    }
}
