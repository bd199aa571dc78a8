package io.aisle.llm.runtime;

import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import java.util.List;

/** A sequence of a {@link DjlCausalLm}: its KV caches and how many positions they hold. */
public final class DjlSequence implements Sequence {

    private final DjlCausalLm model;
    private final NDManager manager;
    private final List<KvCache> caches;
    private final int capacity;
    private int length;
    private boolean closed;

    DjlSequence(DjlCausalLm model, NDManager manager, List<KvCache> caches, int capacity) {
        this.model = model;
        this.manager = manager;
        this.caches = caches;
        this.capacity = capacity;
    }

    @Override
    public float[] append(int[] tokens) {
        checkAppendable(tokens);
        try (NDManager step = model.newStep()) {
            float[] logits = model.lastLogits(tokens, caches, length, step);
            length += tokens.length;
            return logits;
        }
    }

    /**
     * Like {@link #append} but returns the logits after every appended token, [tokens][vocab]:
     * for scoring and tests; generation needs only the last row, which is much cheaper.
     */
    public float[][] appendAll(int[] tokens) {
        checkAppendable(tokens);
        try (NDManager step = model.newStep()) {
            float[] flat = model.logits(model.hidden(tokens, caches, length, step));
            length += tokens.length;
            int vocab = model.config().vocabSize();
            float[][] rows = new float[tokens.length][];
            for (int i = 0; i < tokens.length; i++) {
                rows[i] = Arrays.copyOfRange(flat, i * vocab, (i + 1) * vocab);
            }
            return rows;
        }
    }

    private void checkAppendable(int[] tokens) {
        if (closed) {
            throw new IllegalStateException("The sequence is closed");
        }
        if (tokens.length == 0) {
            throw new IllegalArgumentException("No tokens to append");
        }
        if (length + tokens.length > capacity) {
            throw new ContextLengthExceededException(capacity, length + tokens.length);
        }
    }

    @Override
    public int length() {
        return length;
    }

    public int capacity() {
        return capacity;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            manager.close();
        }
    }
}
