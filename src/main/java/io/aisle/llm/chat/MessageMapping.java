package io.aisle.llm.chat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.aisle.llm.local.LocalChatResult;
import io.aisle.llm.local.SamplingRequest;
import io.aisle.llm.text.ChatTurn;
import io.aisle.llm.text.ToolCall;
import io.aisle.llm.text.ToolSpec;
import java.util.List;
import java.util.Map;

/** Translates between LangChain4j's chat types and the local runtime's. */
final class MessageMapping {

    /** AiMessage attribute listing tool calls the model wrote but that could not be read (malformed JSON, no name). */
    static final String TOOL_CALL_PROBLEMS = "toolCallProblems";

    private MessageMapping() {
    }

    static List<ChatTurn> turns(List<ChatMessage> messages) {
        return messages.stream().map(MessageMapping::turn).toList();
    }

    private static ChatTurn turn(ChatMessage message) {
        if (message instanceof SystemMessage system) {
            return ChatTurn.system(system.text());
        }
        if (message instanceof UserMessage user) {
            if (!user.hasSingleText()) {
                throw new IllegalArgumentException("the local model reads text only");
            }
            return ChatTurn.user(user.singleText());
        }
        if (message instanceof AiMessage ai) {
            List<ToolCall> calls = ai.toolExecutionRequests().stream()
                    .map(r -> new ToolCall(r.id(), r.name(), r.arguments())).toList();
            return ChatTurn.assistant(ai.text(), calls);
        }
        if (message instanceof ToolExecutionResultMessage result) {
            return ChatTurn.toolResult(result.id(), result.toolName(), result.text());
        }
        throw new IllegalArgumentException("unsupported message type " + message.type());
    }

    static List<ToolSpec> tools(ChatRequest request) {
        List<ToolSpecification> specs = request.toolSpecifications();
        return specs == null ? List.of() : specs.stream().map(MessageMapping::tool).toList();
    }

    private static ToolSpec tool(ToolSpecification spec) {
        Map<String, Object> schema = spec.parameters() == null
                ? Map.of("type", "object", "properties", Map.of())
                : JsonSchemaElementUtils.toMap(spec.parameters());
        return new ToolSpec(spec.name(), spec.description(), schema);
    }

    static SamplingRequest sampling(ChatRequestParameters p) {
        return new SamplingRequest(p.temperature(), p.topP(), p.topK(), null, p.maxOutputTokens(),
                p.stopSequences(), null);
    }

    static ChatResponse response(LocalChatResult result, String modelName) {
        List<ToolExecutionRequest> calls = result.toolCalls().stream()
                .map(c -> ToolExecutionRequest.builder().id(c.id()).name(c.name()).arguments(c.arguments()).build())
                .toList();
        AiMessage message = AiMessage.builder()
                .text(result.text().isEmpty() && !calls.isEmpty() ? null : result.text())
                .toolExecutionRequests(calls)
                .attributes(result.toolCallProblems().isEmpty() ? Map.of()
                        : Map.of(TOOL_CALL_PROBLEMS, result.toolCallProblems()))
                .build();
        return ChatResponse.builder()
                .aiMessage(message)
                .modelName(modelName)
                .tokenUsage(new TokenUsage(result.promptTokens(), result.completionTokens()))
                .finishReason(finishReason(result.finish()))
                .build();
    }

    private static FinishReason finishReason(LocalChatResult.Finish finish) {
        switch (finish) {
            case LENGTH:
                return FinishReason.LENGTH;
            case TOOL_CALLS:
                return FinishReason.TOOL_EXECUTION;
            case CANCELLED:
                return FinishReason.OTHER;
            default:
                return FinishReason.STOP;
        }
    }
}
