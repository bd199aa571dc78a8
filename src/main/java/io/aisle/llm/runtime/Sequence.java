package io.aisle.llm.runtime;

/** One token sequence with its KV cache; used by one thread at a time. */
public interface Sequence extends AutoCloseable {

    /**
     * Appends the tokens (prefill: many; decode: one) and returns the logits over the vocabulary
     * after the last one.
     *
     * @throws ContextLengthExceededException when the cache would overflow
     */
    float[] append(int[] tokens);

    /** Tokens held in the cache. */
    int length();

    @Override
    void close();
}
