package io.aisle.llm.openai;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.aisle.llm.config.LlmConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Streams from an OpenAI-compatible server; failures reach the handler's onError, where callers fall back. */
@ApplicationScoped
public class OpenAiStreamingClient {

    private final Lazy<OpenAiStreamingChatModel> model;

    public OpenAiStreamingClient(LlmConfig config) {
        this.model = new Lazy<>(() -> {
            OpenAiServer server = OpenAiServer.from(config.openai());
            return OpenAiStreamingChatModel.builder()
                    .baseUrl(server.baseUrl())
                    .modelName(server.model())
                    .apiKey(server.apiKey())
                    .timeout(server.timeout())
                    .build();
        });
    }

    public void chat(ChatRequest request, StreamingChatResponseHandler handler) {
        model.get().chat(request, handler);
    }
}
