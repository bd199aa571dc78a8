package io.aisle.llm.local;

/** Receives one answer of the local model: text as it is decoded, then the result or the error. */
public interface ChatListener {

    /** Decoded text that is final: complete characters, never part of a stop string or tool call. */
    void onText(String delta);

    void onComplete(LocalChatResult result);

    void onError(Throwable error);
}
