package io.aisle.llm.chat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.aisle.llm.openai.OpenAiClient;

/** The OpenAI-compatible server as a ChatModel, through the client's circuit breaker. */
final class ResilientOpenAiChatModel implements ChatModel {

    private final OpenAiClient client;

    ResilientOpenAiChatModel(OpenAiClient client) {
        this.client = client;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return client.chat(request);
    }
}
