package io.aisle.assistant.conversation;

import java.util.Locale;

/** Who answers a conversation: the bot, nobody yet (queued for an agent), an agent, or nobody (closed). */
public enum ConversationState {
    BOT, WAITING_FOR_AGENT, WITH_AGENT, RESOLVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConversationState of(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }

    /** The bot answers only while nobody has asked for, or taken over as, a human. */
    public boolean botAnswers() {
        return this == BOT;
    }
}
