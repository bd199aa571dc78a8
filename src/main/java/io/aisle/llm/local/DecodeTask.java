package io.aisle.llm.local;

/** One request as the scheduler sees it: tokens in, a token chosen per step, a signal at the end. */
interface DecodeTask {

    int[] prompt();

    /** Positions to reserve in the KV cache: the prompt plus the longest answer. */
    int cacheSize();

    /** Picks the next token from the logits after the last one, or returns -1 when the answer is complete. */
    int step(float[] logits);

    boolean cancelled();

    /** The answer ended normally (complete, stopped, cancelled or out of room). */
    void complete();

    void fail(Throwable error);
}
