package io.aisle.llm.chat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import io.aisle.llm.config.LlmConfig;
import io.aisle.llm.local.LocalModel;
import io.aisle.llm.openai.OpenAiClient;
import io.aisle.llm.openai.OpenAiStreamingClient;
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

    public ChatModels(LlmConfig config, LocalModel local, OpenAiClient openAi, OpenAiStreamingClient openAiStreaming) {
        this.config = config;
        this.local = local;
        this.openAi = openAi;
        this.openAiStreaming = openAiStreaming;
    }

    public LlmConfig.Provider provider() {
        return config.provider();
    }

    public Optional<ChatModel> chatModel() {
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
