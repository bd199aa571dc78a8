package io.aisle.llm.openai;

import java.util.function.Supplier;

/**
 * A model built on first use: with another provider configured, the OpenAI settings may be absent, and
 * building a client from them must not fail the app's start.
 */
final class Lazy<T> {

    private final Supplier<T> factory;
    private volatile T value;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                if (value == null) {
                    value = factory.get();
                }
                current = value;
            }
        }
        return current;
    }
}
