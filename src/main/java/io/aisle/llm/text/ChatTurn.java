package io.aisle.llm.text;

import java.util.List;

/**
 * One message of a conversation. Assistant turns may carry tool calls (content may then be null);
 * tool turns carry the result of the call named by {@code toolCallId} / {@code toolName}.
 */
public record ChatTurn(ChatRole role, String content, List<ToolCall> toolCalls, String toolCallId, String toolName) {

    public ChatTurn {
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        if (content == null && toolCalls.isEmpty()) {
            throw new IllegalArgumentException("a " + role.wire() + " turn needs content");
        }
    }

    public static ChatTurn system(String content) {
        return new ChatTurn(ChatRole.SYSTEM, content, List.of(), null, null);
    }

    public static ChatTurn user(String content) {
        return new ChatTurn(ChatRole.USER, content, List.of(), null, null);
    }

    public static ChatTurn assistant(String content) {
        return new ChatTurn(ChatRole.ASSISTANT, content, List.of(), null, null);
    }

    public static ChatTurn assistant(String content, List<ToolCall> toolCalls) {
        return new ChatTurn(ChatRole.ASSISTANT, content, toolCalls, null, null);
    }

    public static ChatTurn toolResult(String toolCallId, String toolName, String content) {
        return new ChatTurn(ChatRole.TOOL, content, List.of(), toolCallId, toolName);
    }
}
