package io.aisle.llm.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import io.aisle.llm.runtime.gemv.DecodeLinear;

/**
 * One pre-norm decoder layer: {@code x += attention(norm(x))}, {@code x += mlp(norm(x))}, with
 * grouped-query attention over the KV cache and a SwiGLU MLP. Each operation takes a step array
 * as its first operand, so its result belongs to the step's manager and is freed with it.
 * A model that decodes in Java runs its decoded tokens through {@link JavaDecodeLayer} instead.
 */
final class DecoderLayer {

    private final LayerWeights w;
    private final DecodeWeights.Layer decode;
    private final Bf16Prefill widening;
    private final Precision precision;
    private final LayerShape shape;

    /**
     * @param decode the projections a decoded token multiplies by in Java (the BF16 ones widened for a prefill), or null
     * @param widening widens BF16 projections for a prefill when weights holds no fp32 array of them, or null
     */
    DecoderLayer(LayerWeights weights, DecodeWeights.Layer decode, Bf16Prefill widening, ModelConfig config,
            Precision precision) {
        this.w = weights;
        this.decode = decode;
        this.widening = widening;
        this.precision = precision;
        this.shape = LayerShape.of(config);
    }

    /**
     * @param x [tokens, hidden] for positions [start, start + tokens)
     * @param mask [tokens, start + tokens] additive causal mask, null for a single token
     */
    NDArray forward(NDArray x, KvCache cache, int start, RotaryEmbedding.Angles angles, NDArray mask) {
        NDArray attended = x.add(attention(rmsNorm(x, w.inputNorm(), precision, shape.normEps()), cache, start, angles, mask));
        return attended.add(mlp(rmsNorm(attended, w.postAttentionNorm(), precision, shape.normEps())));
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
        int heads = shape.heads();
        int kvHeads = shape.kvHeads();
        int headDim = shape.headDim();
        int group = heads / kvHeads;
        NDArray qkv = project(x, w.qkv(), w.qkvBias(), decode == null ? null : decode.qkv()).reshape(tokens, heads + 2L * kvHeads, headDim);
        NDArray rotated = angles.rotate(qkv.get(":, :{}", heads + kvHeads));
        cache.store(rotated.get(":, {}:", heads), qkv.get(":, {}:", heads + kvHeads), start);
        NDArray keys = cache.keys(length, x.getManager());
        NDArray values = cache.values(length, x.getManager());
        // query head h reads kv head h / group: group the query heads by the kv head they share
        NDArray queries = rotated.get(":, :{}", heads).mul(shape.scale()).transpose(1, 0, 2).reshape(kvHeads, group * tokens, headDim);
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
        NDArray gateUp = project(x, w.gateUp(), w.gateUpBias(), decode == null ? null : decode.gateUp());
        NDArray gate = gateUp.get(":, :{}", shape.intermediate());
        NDArray up = gateUp.get(":, {}:", shape.intermediate());
        NDArray silu = gate.mul(Activation.sigmoid(gate));
        return project(silu.mul(up), w.down(), w.downBias(), decode == null ? null : decode.down());
    }

    /** x W^T + b by PyTorch, with its fp32 array of W or, if there is none (BF16), W widened for the call. */
    private NDArray project(NDArray x, NDArray weight, NDArray bias, DecodeLinear<?> decoded) {
        if (weight == null) {
            return widening.project(x, decoded, bias);
        }
        return Linear.linear(x, weight, bias).singletonOrThrow();
    }
}
