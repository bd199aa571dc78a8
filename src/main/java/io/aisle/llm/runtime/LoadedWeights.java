package io.aisle.llm.runtime;

/**
 * A model's weights as loaded: PyTorch's arrays (some null when held only as BF16), and what decoded
 * tokens multiply by in Java, if anything.
 *
 * @param decode null when PyTorch decodes
 * @param bf16 the BF16 embedding table and prefill widening; null unless the path is {@link DecodePath#JAVA_BF16}
 */
record LoadedWeights(ModelWeights pytorch, DecodeWeights decode, Bf16Weights bf16, DecodePath path) {
}
