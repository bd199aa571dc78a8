package io.aisle.console.service;

import io.aisle.assistant.conversation.StoredMessage;
import io.aisle.console.repository.InboxItem;
import io.aisle.console.repository.Note;
import java.util.List;

/**
 * A conversation as an agent reads it: its summary, whether the shopper's widget is open on this instance, every
 * message with the tool calls behind it, and the agents' private notes.
 */
public record ConversationDetail(InboxItem conversation, boolean shopperOnline, List<StoredMessage> messages,
                                 List<Note> notes) {
}
