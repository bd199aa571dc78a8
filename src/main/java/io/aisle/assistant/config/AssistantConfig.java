package io.aisle.assistant.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "aisle.assistant")
public interface AssistantConfig {

    /** A shopper's message may be at most this long (characters); longer ones are refused with 400. */
    @WithDefault("1000")
    int maxMessageChars();

    /** Products shown per answer. */
    @WithDefault("5")
    int productsPerAnswer();

    /** Below this classifier probability a message is treated as not understood (and a human is offered). */
    @WithDefault("0.45")
    double intentThreshold();

    Policies policies();

    Llm llm();

    RateLimit rateLimit();

    Personalisation personalisation();

    /** The LLM path, used when {@code aisle.llm.provider} is local or openai. */
    interface Llm {

        /** The model's memory of a conversation keeps at most this many tokens (oldest messages leave first). */
        @WithDefault("3000")
        int memoryTokens();

        /** A turn the model has not answered by then (tools and guardrail retry included) is answered grounded. */
        @WithDefault("PT90S")
        Duration turnTimeout();

        /** Model answers the output guardrail may reject before the turn falls back to grounded mode. */
        @WithDefault("1")
        int guardrailRetries();
    }

    interface RateLimit {

        /** Messages a session (or signed-in customer) may send per minute; more are refused with 429. */
        @WithDefault("20")
        int turnsPerMinute();
    }

    interface Personalisation {

        /** At or above this churn risk a customer is offered a human sooner and queued first. */
        @WithDefault("0.6")
        double churnRiskThreshold();

        /** Value tiers treated as high value. */
        @WithDefault("top5,top20")
        List<String> highValueTiers();

        /** Unhelpful answers in a row before a human is offered: everyone else, and priority customers. */
        @WithDefault("2")
        int offerHumanAfter();

        @WithDefault("1")
        int offerHumanAfterForPriority();
    }

    interface Policies {

        /** Policy documents under classpath assistant/policies/TOPIC.md, loaded and embedded at start-up. */
        @WithDefault("shipping,returns,payment,warranty,privacy")
        List<String> topics();

        @WithDefault("true")
        boolean loadOnStart();

        /** A passage less similar than this to the question is not used as an answer. */
        @WithDefault("0.30")
        double minSimilarity();
    }
}
