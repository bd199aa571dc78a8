package io.aisle.llm.runtime;

/**
 * The sizes a decoder layer computes with, whichever engine runs it ({@link DecoderLayer} on PyTorch,
 * {@link JavaDecodeLayer} in Java).
 */
record LayerShape(int heads, int kvHeads, int headDim, int intermediate, float normEps) {

    static LayerShape of(ModelConfig config) {
        return new LayerShape(config.numAttentionHeads(), config.numKeyValueHeads(), config.headDim(),
                config.intermediateSize(), (float) config.rmsNormEps());
    }

    /** 1 / sqrt(headDim): what queries are multiplied by before their dot products with the keys. */
    float scale() {
        return (float) (1 / Math.sqrt(headDim));
    }
}
