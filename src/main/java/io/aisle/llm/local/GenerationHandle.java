package io.aisle.llm.local;

/** Lets a caller who went away stop its answer; the listener then completes with finish CANCELLED. */
@FunctionalInterface
public interface GenerationHandle {

    void cancel();
}
