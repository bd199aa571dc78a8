package io.aisle.assistant.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.TokenWindowChatMemory;
import java.util.List;

/**
 * The model's memory of one conversation: a token window over the messages stored in PostgreSQL, holding
 * nothing in process. quarkus-langchain4j calls {@link #clear()} when the AI service's scope ends (after every
 * LLM turn), which must not erase a conversation that outlives it; the stored messages go with the conversation
 * (ON DELETE CASCADE).
 */
final class ConversationMemory implements ChatMemory {

    private final TokenWindowChatMemory window;

    ConversationMemory(Object conversationId, LlmMemoryStore store, MemoryTokenCounter tokens, int maxTokens) {
        this.window = TokenWindowChatMemory.builder().id(conversationId).chatMemoryStore(store)
                .maxTokens(maxTokens, tokens).build();
    }

    @Override
    public Object id() {
        return window.id();
    }

    @Override
    public void add(ChatMessage message) {
        window.add(message);
    }

    @Override
    public void set(Iterable<ChatMessage> messages) {
        window.set(messages);
    }

    @Override
    public List<ChatMessage> messages() {
        return window.messages();
    }

    /** Ends this view of the memory; the stored messages stay (see the class comment). */
    @Override
    public void clear() {
        // nothing is held in process: the window reads and writes the store on every call
    }
}
