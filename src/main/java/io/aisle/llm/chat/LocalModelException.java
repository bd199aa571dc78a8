package io.aisle.llm.chat;

/** The local model could not answer a turn (timeout, failure); the assistant falls back to grounded mode. */
public class LocalModelException extends RuntimeException {

    public LocalModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
