package io.aisle.llm.runtime;

import ai.djl.ndarray.NDArray;

/**
 * One decoder layer's weights in PyTorch's [out, in] layout, which torch's linear multiplies
 * without copying. q/k/v are fused into one projection and gate/up into another, so a token
 * costs one matrix product per fused projection. Biases are null when the architecture has none.
 */
record LayerWeights(NDArray inputNorm, NDArray qkv, NDArray qkvBias, NDArray output, NDArray outputBias,
        NDArray postAttentionNorm, NDArray gateUp, NDArray gateUpBias, NDArray down, NDArray downBias) {
}
