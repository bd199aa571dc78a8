package io.aisle.llm.chat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import io.aisle.llm.config.LlmConfig;
import io.aisle.llm.local.LocalModel;
import io.aisle.llm.openai.OpenAiClient;
import io.aisle.llm.openai.OpenAiStreamingClient;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The chat model chosen by {@code aisle.llm.provider}: the in-process runtime, an OpenAI-compatible
 * server, or none (the assistant then answers in grounded mode).
 */
@ApplicationScoped
@Unremovable
public class ChatModels {

    private final LlmConfig config;
    private final LocalModel local;
    private final OpenAiClient openAi;
    private final OpenAiStreamingClient openAiStreaming;
    private final Tracer tracer;

    public ChatModels(LlmConfig config, LocalModel local, OpenAiClient openAi, OpenAiStreamingClient openAiStreaming,
                      Tracer tracer) {
        this.config = config;
        this.local = local;
        this.openAi = openAi;
        this.openAiStreaming = openAiStreaming;
        this.tracer = tracer;
    }

    public LlmConfig.Provider provider() {
        return config.provider();
    }

    public Optional<ChatModel> chatModel() {
        return untracedChatModel().map(m -> new TracedChatModel(m, tracer, config.provider().name().toLowerCase(java.util.Locale.ROOT)));
    }

    private Optional<ChatModel> untracedChatModel() {
        switch (config.provider()) {
            case LOCAL:
                return local.engine().map(e -> new LocalChatModel(e, config.local().timeout()));
            case OPENAI:
                return Optional.of(new ResilientOpenAiChatModel(openAi));
            default:
                return Optional.empty();
        }
    }

    public Optional<StreamingChatModel> streamingChatModel() {
        switch (config.provider()) {
            case LOCAL:
                return local.engine().map(LocalStreamingChatModel::new);
            case OPENAI:
                return Optional.of(new OpenAiStreamingChatModel(openAiStreaming));
            default:
                return Optional.empty();
        }
    }
}
