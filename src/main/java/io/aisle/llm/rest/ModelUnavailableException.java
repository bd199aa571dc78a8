package io.aisle.llm.rest;

/** No local model can answer (none loaded, endpoint off, timeout, failure): answered with 503. */
public class ModelUnavailableException extends RuntimeException {

    public ModelUnavailableException(String message) {
        super(message);
    }
}
