package io.aisle.assistant.llm;

import dev.langchain4j.model.chat.ChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** The LLM path's backend in {@link ScriptedLlmProfile}: the scripted model, no tokenizer (estimated windows). */
@Alternative
@ApplicationScoped
public class ScriptedLlmBackend implements LlmBackend {

    private final ScriptedChatModel model = new ScriptedChatModel();

    public ScriptedChatModel model() {
        return model;
    }

    @Override
    public Optional<ChatModel> chatModel() {
        return Optional.of(model);
    }

    @Override
    public String modelName() {
        return ScriptedChatModel.NAME;
    }

    @Override
    public Optional<ToIntFunction<String>> tokenizer() {
        return Optional.empty();
    }
}
