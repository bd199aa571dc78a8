package io.aisle.assistant.llm;

import dev.langchain4j.model.chat.ChatModel;
import io.aisle.llm.chat.ChatModels;
import io.aisle.llm.config.LlmConfig;
import io.aisle.llm.local.LocalChatEngine;
import io.aisle.llm.local.LocalModel;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** The model chosen by {@code aisle.llm.provider} (none, local or openai). */
@ApplicationScoped
@Unremovable
public class ConfiguredLlmBackend implements LlmBackend {

    private final ChatModels models;
    private final LocalModel local;
    private final LlmConfig config;

    public ConfiguredLlmBackend(ChatModels models, LocalModel local, LlmConfig config) {
        this.models = models;
        this.local = local;
        this.config = config;
    }

    @Override
    public String modelName() {
        switch (models.provider()) {
            case LOCAL:
                return local.engine().map(LocalChatEngine::name).orElse("local");
            case OPENAI:
                return config.openai().model().orElse("openai");
            default:
                return "none";
        }
    }

    @Override
    public Optional<ChatModel> chatModel() {
        return models.chatModel();
    }

    @Override
    public Optional<ToIntFunction<String>> tokenizer() {
        if (models.provider() != LlmConfig.Provider.LOCAL) {
            return Optional.empty();
        }
        return local.engine().map(engine -> (ToIntFunction<String>) engine::countTokens);
    }
}
