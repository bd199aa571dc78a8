package io.aisle.console.brief.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The handoff brief shown to the agent who takes over a conversation. */
@ConfigMapping(prefix = "aisle.console.brief")
public interface BriefConfig {

    /** Products listed in the brief (the most recently shown first). */
    @WithDefault("10")
    int maxProducts();

    /** The assistant's latest answers listed in the brief. */
    @WithDefault("5")
    int maxAnswers();

    /** Each listed answer is cut to about this many characters (at a word boundary). */
    @WithDefault("240")
    int answerChars();

    /** The LLM's summary must arrive by then, else the template summary is shown. */
    @WithDefault("PT30S")
    Duration summaryTimeout();

    /** Conversations whose LLM summary is kept in memory for as long as nothing new is said in them. */
    @WithDefault("500")
    int cachedSummaries();

    /** A longer LLM summary is not a summary: the template is shown instead. */
    @WithDefault("1200")
    int summaryMaxChars();
}
