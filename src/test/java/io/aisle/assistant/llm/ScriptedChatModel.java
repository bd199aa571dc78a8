package io.aisle.assistant.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A chat model that follows a script, one step per model call: call a tool, or answer (possibly from the tool
 * results it was sent). It records every request, so a test can see what the model was fed back.
 */
public class ScriptedChatModel implements ChatModel {

    public static final String NAME = "scripted-test-model";

    private final Deque<Function<ChatRequest, AiMessage>> steps = new ArrayDeque<>();
    private final List<ChatRequest> requests = new ArrayList<>();

    public synchronized void script(List<Function<ChatRequest, AiMessage>> script) {
        steps.clear();
        requests.clear();
        steps.addAll(script);
    }

    public synchronized List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    public static Function<ChatRequest, AiMessage> callTool(String name, String argumentsJson) {
        return request -> AiMessage.from(ToolExecutionRequest.builder().id("call-" + UUID.randomUUID()).name(name)
                .arguments(argumentsJson).build());
    }

    public static Function<ChatRequest, AiMessage> answer(String text) {
        return request -> AiMessage.from(text);
    }

    /** Answers from the text of the latest tool result the model was sent. */
    public static Function<ChatRequest, AiMessage> answerFromLastResult(Function<String, String> compose) {
        return request -> AiMessage.from(compose.apply(lastToolResult(request)));
    }

    public static Function<ChatRequest, AiMessage> sleep(long millis) {
        return request -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return AiMessage.from("too late");
        };
    }

    public static String lastToolResult(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof ToolExecutionResultMessage result) {
                return result.text();
            }
        }
        throw new AssertionError("the model was sent no tool result");
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        Function<ChatRequest, AiMessage> step;
        synchronized (this) {
            requests.add(request);
            step = steps.poll();
        }
        if (step == null) {
            throw new IllegalStateException("the script has no step left for request " + requests.size());
        }
        return ChatResponse.builder().aiMessage(step.apply(request)).modelName(NAME)
                .tokenUsage(new TokenUsage(100, 10)).build();
    }
}
