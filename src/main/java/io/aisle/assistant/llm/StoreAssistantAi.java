package io.aisle.assistant.llm;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import io.aisle.assistant.tools.ShoppingTools;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.RequestScoped;

/**
 * The store assistant as a LangChain4j AI service: the model decides which of the shopping tools to call, the
 * tools run scoped by the conversation (the memory id), and the model answers from their results. Request scoped:
 * each LLM turn runs in its own request context, so nothing of a conversation stays in the process afterwards.
 */
@RegisterAiService(chatLanguageModelSupplier = BackendChatModelSupplier.class, tools = ShoppingTools.class,
        chatMemoryProviderSupplier = ConversationMemories.ProviderSupplier.class, maxSequentialToolInvocations = 8)
@RequestScoped
public interface StoreAssistantAi {

    @SystemMessage(fromResource = "assistant/llm/system-prompt.txt")
    Result<String> chat(@MemoryId String conversationId, @UserMessage String message, @V("shopper") String shopper);
}
