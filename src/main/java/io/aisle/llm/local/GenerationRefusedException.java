package io.aisle.llm.local;

/** The local model cannot take the request now (queue full, or shutting down): callers answer 503. */
public class GenerationRefusedException extends RuntimeException {

    public GenerationRefusedException(String message) {
        super(message);
    }
}
