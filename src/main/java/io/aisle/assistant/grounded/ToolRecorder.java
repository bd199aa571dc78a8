package io.aisle.assistant.grounded;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.assistant.conversation.ToolCall;
import io.aisle.assistant.tools.ToolProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Runs the tools of one turn and keeps each call's arguments, result and latency for the log and the answer. */
final class ToolRecorder {

    private final ObjectMapper mapper;
    private final List<ToolCall> calls = new ArrayList<>();

    ToolRecorder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    <T> T call(String tool, Map<String, ?> arguments, Supplier<T> invocation) {
        ToolProgress.started(tool);
        long started = System.nanoTime();
        T result = invocation.get();
        calls.add(new ToolCall(tool, mapper.valueToTree(arguments), mapper.valueToTree(result),
                (System.nanoTime() - started) / 1_000_000));
        return result;
    }

    List<ToolCall> calls() {
        return List.copyOf(calls);
    }
}
