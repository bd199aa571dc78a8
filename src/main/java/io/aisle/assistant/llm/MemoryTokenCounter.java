package io.aisle.assistant.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.TokenCountEstimator;
import java.util.function.ToIntFunction;

/**
 * Counts the tokens of the model's memory: with the model's own tokenizer when it runs in process, otherwise with
 * an estimate (about four characters a token for English, which is what BPE vocabularies of chat models give).
 */
public final class MemoryTokenCounter implements TokenCountEstimator {

    /** Role markers and separators the chat template adds around each message. */
    static final int PER_MESSAGE = 4;
    private static final int CHARS_PER_TOKEN = 4;

    private final ToIntFunction<String> textTokens;

    private MemoryTokenCounter(ToIntFunction<String> textTokens) {
        this.textTokens = textTokens;
    }

    public static MemoryTokenCounter withTokenizer(ToIntFunction<String> tokenizer) {
        return new MemoryTokenCounter(tokenizer);
    }

    public static MemoryTokenCounter estimating() {
        return new MemoryTokenCounter(text -> (text.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN);
    }

    @Override
    public int estimateTokenCountInText(String text) {
        return text == null || text.isEmpty() ? 0 : textTokens.applyAsInt(text);
    }

    @Override
    public int estimateTokenCountInMessage(ChatMessage message) {
        return PER_MESSAGE + estimateTokenCountInText(text(message));
    }

    @Override
    public int estimateTokenCountInMessages(Iterable<ChatMessage> messages) {
        int total = 0;
        for (ChatMessage message : messages) {
            total += estimateTokenCountInMessage(message);
        }
        return total;
    }

    private static String text(ChatMessage message) {
        if (message instanceof SystemMessage system) {
            return system.text();
        }
        if (message instanceof UserMessage user) {
            return user.hasSingleText() ? user.singleText() : user.contents().toString();
        }
        if (message instanceof ToolExecutionResultMessage result) {
            return result.toolName() + " " + result.text();
        }
        if (message instanceof AiMessage ai) {
            StringBuilder text = new StringBuilder(ai.text() == null ? "" : ai.text());
            for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                text.append(' ').append(call.name()).append(' ').append(call.arguments());
            }
            return text.toString();
        }
        throw new IllegalArgumentException("unsupported message type " + message.type());
    }
}
