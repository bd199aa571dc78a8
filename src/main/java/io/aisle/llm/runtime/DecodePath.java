package io.aisle.llm.runtime;

/** Where a decoded token's matrix products run (see {@link JavaDecoding} for the rule). */
public enum DecodePath {
    /** DJL's matrix product on PyTorch, fp32 (fp16 on a GPU) weights. */
    PYTORCH,
    /** The Java kernel on BF16 weights kept at 2 bytes each. */
    JAVA_BF16,
    /** The Java kernel on fp32 weights, in the memory PyTorch's arrays of them use. */
    JAVA_FP32
}
