package io.aisle.console.service;

import io.aisle.console.repository.AgentStatus;
import io.aisle.console.repository.InboxItem;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an agent sees first: the shared queue (waiting, assigned ones included: {@code assignedAgent}), the
 * conversations they hold, the bot's live conversations, and the team's presence. {@code now} is the server's
 * clock, for waiting times.
 */
public record Inbox(OffsetDateTime now, List<InboxItem> waiting, List<InboxItem> mine, List<InboxItem> bot,
                    List<AgentStatus> agents) {
}
