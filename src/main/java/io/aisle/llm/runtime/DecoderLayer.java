package io.aisle.llm.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import io.aisle.llm.runtime.gemv.DecodeLinear;

/**
 * One pre-norm decoder layer: {@code x += attention(norm(x))}, {@code x += mlp(norm(x))}, with
 * grouped-query attention over the KV cache and a SwiGLU MLP. Each operation takes a step array
 * as its first operand, so its result belongs to the step's manager and is freed with it.
 * When {@link JavaDecoding} says so, a decoded token (one row) multiplies by the projections in Java.
 */
final class DecoderLayer {

    private final LayerWeights w;
    private final DecodeWeights.Layer decode;
    private final Bf16Prefill widening;
    private final Precision precision;
    private final float normEps;
    private final int heads;
    private final int kvHeads;
    private final int headDim;
    private final int intermediate;
    private final float scale;

    /**
     * @param decode the projections a decoded token multiplies by in Java, or null: PyTorch decodes
     * @param widening widens BF16 projections for a prefill when weights holds no fp32 array of them, or null
     */
    DecoderLayer(LayerWeights weights, DecodeWeights.Layer decode, Bf16Prefill widening, ModelConfig config,
            Precision precision) {
        this.w = weights;
        this.decode = decode;
        this.widening = widening;
        this.precision = precision;
        this.normEps = (float) config.rmsNormEps();
        this.heads = config.numAttentionHeads();
        this.kvHeads = config.numKeyValueHeads();
        this.headDim = config.headDim();
        this.intermediate = config.intermediateSize();
        this.scale = (float) (1 / Math.sqrt(headDim));
    }

    /**
     * @param x [tokens, hidden] for positions [start, start + tokens)
     * @param mask [tokens, start + tokens] additive causal mask, null for a single token
     */
    NDArray forward(NDArray x, KvCache cache, int start, RotaryEmbedding.Angles angles, NDArray mask) {
        NDArray attended = x.add(attention(rmsNorm(x, w.inputNorm(), precision, normEps), cache, start, angles, mask));
        return attended.add(mlp(rmsNorm(attended, w.postAttentionNorm(), precision, normEps)));
    }

    /** x / sqrt(mean(x^2) + eps) * weight, in float32 whatever the compute type. */
    static NDArray rmsNorm(NDArray x, NDArray weight, Precision precision, float eps) {
        NDArray x32 = precision.toFloat32(x);
        NDArray rms = x32.square().mean(new int[] {-1}, true).add(eps).sqrt();
        return precision.toCompute(x32.div(rms)).mul(weight);
    }

    private NDArray attention(NDArray x, KvCache cache, int start, RotaryEmbedding.Angles angles, NDArray mask) {
        long tokens = x.getShape().get(0);
        int length = (int) (start + tokens);
        int group = heads / kvHeads;
        NDArray qkv = project(x, w.qkv(), w.qkvBias(), decode == null ? null : decode.qkv()).reshape(tokens, heads + 2L * kvHeads, headDim);
        NDArray rotated = angles.rotate(qkv.get(":, :{}", heads + kvHeads));
        cache.store(rotated.get(":, {}:", heads), qkv.get(":, {}:", heads + kvHeads), start);
        NDArray keys = cache.keys(length, x.getManager());
        NDArray values = cache.values(length, x.getManager());
        // query head h reads kv head h / group: group the query heads by the kv head they share
        NDArray queries = rotated.get(":, :{}", heads).mul(scale).transpose(1, 0, 2).reshape(kvHeads, group * tokens, headDim);
        NDArray scores = queries.matMul(keys.transpose(0, 2, 1));
        if (mask != null) {
            scores = scores.reshape(kvHeads, group, tokens, length).add(mask).reshape(kvHeads, group * tokens, length);
        }
        NDArray weights = precision.toCompute(precision.toFloat32(scores).softmax(-1));
        NDArray mixed = weights.matMul(values).reshape(heads, tokens, headDim).transpose(1, 0, 2)
                .reshape(tokens, (long) heads * headDim);
        return project(mixed, w.output(), w.outputBias(), decode == null ? null : decode.output());
    }

    private NDArray mlp(NDArray x) {
        if (decode != null && x.getShape().get(0) == 1) {
            return decodedMlp(x);
        }
        NDArray gateUp = project(x, w.gateUp(), w.gateUpBias(), decode == null ? null : decode.gateUp());
        NDArray gate = gateUp.get(":, :{}", intermediate);
        NDArray up = gateUp.get(":, {}:", intermediate);
        NDArray silu = gate.mul(Activation.sigmoid(gate));
        return project(silu.mul(up), w.down(), w.downBias(), decode == null ? null : decode.down());
    }

    /** The MLP of one decoded token in Java: the gate/up product is already a Java array, so SwiGLU costs no round trips. */
    private NDArray decodedMlp(NDArray x) {
        float[] gateUp = decode.gateUp().apply(x.toFloatArray());
        float[] hidden = new float[intermediate];
        for (int i = 0; i < intermediate; i++) {
            float gate = gateUp[i];
            hidden[i] = gate / (1 + (float) Math.exp(-gate)) * gateUp[intermediate + i];
        }
        float[] y = decode.down().apply(hidden);
        return x.getManager().create(y, new Shape(1, y.length));
    }

    /**
     * x W^T + b. One row is a matrix-vector product in Java when the layer decodes there; more rows go
     * to PyTorch, with its fp32 array of W or, if there is none (BF16), W widened for the call.
     */
    private NDArray project(NDArray x, NDArray weight, NDArray bias, DecodeLinear<?> decoded) {
        if (decoded != null && x.getShape().get(0) == 1) {
            float[] y = decoded.apply(x.toFloatArray());
            return x.getManager().create(y, new Shape(1, y.length));
        }
        if (weight == null) {
            return widening.project(x, decoded, bias);
        }
        return Linear.linear(x, weight, bias).singletonOrThrow();
    }
}
