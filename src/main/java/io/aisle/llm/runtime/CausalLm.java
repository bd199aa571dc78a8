package io.aisle.llm.runtime;

/** A loaded causal language model; thread-safe for use by several sequences (weights are shared, read-only). */
public interface CausalLm extends AutoCloseable {

    ModelConfig config();

    /** A new sequence with an empty KV cache that holds at most maxTokens positions (<= the configured max context). */
    Sequence newSequence(int maxTokens);

    @Override
    void close();
}
