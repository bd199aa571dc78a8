package io.aisle.console.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "aisle.console")
public interface ConsoleConfig {

    /** An agent's reply may be at most this long (characters); longer ones are refused with 400. */
    @WithDefault("2000")
    int maxReplyChars();

    /** A private note may be at most this long (characters). */
    @WithDefault("2000")
    int maxNoteChars();

    /** Conversations per inbox section. */
    @WithDefault("100")
    int inboxLimit();

    /** Conversations with the bot show in the inbox's live view while their last activity is this recent. */
    @WithDefault("PT30M")
    Duration liveWindow();

    /** Orders shown in the customer panel. */
    @WithDefault("10")
    int panelOrders();

    /** Recommendations shown in the customer panel. */
    @WithDefault("5")
    int panelRecommendations();

    /** How often waiting conversations are re-offered to free agents (read by the scheduler); "off" disables it. */
    @WithDefault("10s")
    String assignmentSweep();
}
