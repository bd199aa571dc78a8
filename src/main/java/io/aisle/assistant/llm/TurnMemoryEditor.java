package io.aisle.assistant.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps answers the guardrail rejected out of the model's memory: a rejected answer and the correction that
 * followed it are dropped, and a turn that fell back to grounded mode keeps the grounded answer instead.
 */
@ApplicationScoped
public class TurnMemoryEditor {

    static final String CORRECTION = "[store guardrail] ";

    private final ConversationMemories memories;

    public TurnMemoryEditor(ConversationMemories memories) {
        this.memories = memories;
    }

    static String correction(List<String> problems) {
        return CORRECTION + "Your last answer stated facts that no tool result of this conversation contains: "
                + String.join(", ", problems) + ". Answer the shopper's last message again, stating only products, "
                + "prices, stock levels and order details exactly as the tools returned them; call a tool if needed.";
    }

    void dropCorrections(String conversationId) {
        ChatMemory memory = memories.memory(conversationId);
        List<ChatMessage> kept = new ArrayList<>(memory.messages());
        for (int i = kept.size() - 1; i >= 1; i--) {
            if (isCorrection(kept.get(i)) && kept.get(i - 1) instanceof AiMessage) {
                kept.remove(i);
                kept.remove(i - 1);
                i--;
            }
        }
        memory.set(kept);
    }

    /** The messages after the shopper's message of this turn: tool calls, results, answers, corrections. */
    List<ChatMessage> currentTurn(String conversationId, String message) {
        List<ChatMessage> messages = memories.memory(conversationId).messages();
        int start = indexOf(messages, message);
        return start < 0 ? List.of() : messages.subList(start + 1, messages.size());
    }

    /** Everything after the shopper's message is replaced by the answer the shopper was actually given. */
    void replaceTurn(String conversationId, String message, String answer) {
        ChatMemory memory = memories.memory(conversationId);
        List<ChatMessage> messages = memory.messages();
        int last = indexOf(messages, message);
        List<ChatMessage> kept = new ArrayList<>(last >= 0 ? messages.subList(0, last + 1) : messages);
        if (last < 0) {
            kept.add(UserMessage.from(message));
        }
        kept.add(AiMessage.from(answer));
        memory.set(kept);
    }

    private static int indexOf(List<ChatMessage> messages, String message) {
        int last = messages.size() - 1;
        while (last >= 0 && !(messages.get(last) instanceof UserMessage user && !isCorrection(user)
                && user.hasSingleText() && user.singleText().equals(message))) {
            last--;
        }
        return last;
    }

    private static boolean isCorrection(ChatMessage message) {
        return message instanceof UserMessage user && user.hasSingleText() && user.singleText().startsWith(CORRECTION);
    }
}
