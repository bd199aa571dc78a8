package io.aisle.assistant.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import jakarta.enterprise.inject.spi.CDI;
import java.util.function.Supplier;

/**
 * Gives the AI service its model. quarkus-langchain4j does not pick up plain ChatModel beans, and the service
 * keeps the model it is given, so it gets one that asks the backend for the configured model on every call.
 */
public class BackendChatModelSupplier implements Supplier<ChatModel> {

    @Override
    public ChatModel get() {
        LlmBackend backend = CDI.current().select(LlmBackend.class).get();
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                return backend.chatModel().orElseThrow(() -> new IllegalStateException("no chat model configured"))
                        .chat(request);
            }
        };
    }
}
