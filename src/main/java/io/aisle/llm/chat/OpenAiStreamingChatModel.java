package io.aisle.llm.chat;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.aisle.llm.openai.OpenAiStreamingClient;

/** The OpenAI-compatible server as a StreamingChatModel. */
final class OpenAiStreamingChatModel implements StreamingChatModel {

    private final OpenAiStreamingClient client;

    OpenAiStreamingChatModel(OpenAiStreamingClient client) {
        this.client = client;
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        client.chat(request, handler);
    }
}
