package io.aisle.assistant.llm;

import dev.langchain4j.model.chat.ChatModel;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** The chat model behind the assistant's LLM path; absent when the store runs without one (grounded mode). */
public interface LlmBackend {

    Optional<ChatModel> chatModel();

    /** The model's name for the log. */
    String modelName();

    /** Counts a text's tokens with the model's own tokenizer, when the model runs in process. */
    Optional<ToIntFunction<String>> tokenizer();
}
