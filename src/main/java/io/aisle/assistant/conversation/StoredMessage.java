package io.aisle.assistant.conversation;

import java.time.OffsetDateTime;
import java.util.List;

/** A message as stored (personal data already masked), with the tool calls its answer made. */
public record StoredMessage(long id, String role, String text, String intent, List<String> flags,
                           OffsetDateTime createdAt, List<ToolCall> toolCalls) {
}
