package io.aisle.llm.runtime;

/** Appending the tokens would hold more positions than the sequence's KV cache was created for. */
public class ContextLengthExceededException extends RuntimeException {

    private final int capacity;
    private final int requested;

    public ContextLengthExceededException(int capacity, int requested) {
        super("The sequence holds at most " + capacity + " tokens; appending would make it " + requested);
        this.capacity = capacity;
        this.requested = requested;
    }

    public int capacity() {
        return capacity;
    }

    public int requested() {
        return requested;
    }
}
