package io.aisle.llm.rest;

import io.aisle.llm.local.SamplingRequest;
import io.aisle.llm.text.ChatTurn;
import io.aisle.llm.text.ToolSpec;
import java.util.List;

/** A validated /v1/chat/completions request. */
record CompletionCall(String model, List<ChatTurn> turns, List<ToolSpec> tools, SamplingRequest sampling,
                      boolean stream, boolean includeUsage) {
}
