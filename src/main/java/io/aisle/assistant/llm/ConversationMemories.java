package io.aisle.assistant.llm;

import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.ChatMemoryProvider;
import io.aisle.assistant.config.AssistantConfig;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import java.util.function.Supplier;

/** The model's memory of each conversation, windowed by the model's tokenizer (or an estimate without one). */
@ApplicationScoped
@Unremovable
public class ConversationMemories {

    private final LlmMemoryStore store;
    private final MemoryTokenCounter tokens;
    private final int maxTokens;

    public ConversationMemories(LlmMemoryStore store, LlmBackend backend, AssistantConfig config) {
        this.store = store;
        this.tokens = backend.tokenizer().map(MemoryTokenCounter::withTokenizer).orElseGet(MemoryTokenCounter::estimating);
        this.maxTokens = config.llm().memoryTokens();
    }

    public ChatMemory memory(Object conversationId) {
        return new ConversationMemory(conversationId, store, tokens, maxTokens);
    }

    /** For {@code @RegisterAiService(chatMemoryProviderSupplier = ...)}. */
    public static class ProviderSupplier implements Supplier<ChatMemoryProvider> {

        @Override
        public ChatMemoryProvider get() {
            ConversationMemories memories = CDI.current().select(ConversationMemories.class).get();
            return memories::memory;
        }
    }
}
