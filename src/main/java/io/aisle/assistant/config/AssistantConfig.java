package io.aisle.assistant.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
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
